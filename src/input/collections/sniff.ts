import { extname } from 'node:path';

/**
 * Whether a JSON, YAML or CSV file met in a folder scan looks like a
 * collection of drafts, judged from its first 64 KB: a helpdesk export's
 * field names, or entries with both a title-like and a body-like field. A
 * package.json or a tsconfig.json does not, so a folder of canned responses
 * can hold the project's other files.
 */
export function looksLikeCollection(path: string, head: string): boolean {
  switch (extname(path).toLowerCase()) {
    case '.json':
      return EXPORT_JSON.test(head) || (TITLE_JSON.test(head) && BODY_JSON.test(head));
    case '.yaml':
    case '.yml':
      return TITLE_YAML.test(head) && BODY_YAML.test(head);
    case '.csv': {
      const header = head.split(/\r?\n|\r/, 1)[0]!.toLowerCase();
      return TITLE_COLUMN.test(header) && BODY_COLUMN.test(header);
    }
    default:
      return false;
  }
}

const BODY = '(?:body|body_html|body_text|content|content_html|text|html|message|reply|response|template|chatText)';
const TITLE = '(?:title|name|subject|label)';

/** Field names only helpdesk exports use. */
const EXPORT_JSON = /"(?:macros|comment_value(?:_html)?|canned_responses|content_html|saved_replies|savedReplies|saved-replies|body_text|chatText)"\s*:/;
const TITLE_JSON = new RegExp(`"${TITLE}"\\s*:\\s*"`);
const BODY_JSON = new RegExp(`"${BODY}"\\s*:\\s*"`);
const TITLE_YAML = new RegExp(`^[ \\t-]*${TITLE}\\s*:`, 'm');
const BODY_YAML = new RegExp(`^[ \\t-]*${BODY}\\s*:`, 'm');
const TITLE_COLUMN = new RegExp(`(?:^|[,;\\t|"])\\s*${TITLE}\\s*(?:$|[,;\\t|"])`, 'i');
const BODY_COLUMN = new RegExp(`(?:^|[,;\\t|"])\\s*${BODY}\\s*(?:$|[,;\\t|"])`, 'i');
