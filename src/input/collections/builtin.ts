import type { BodyFormat, Entry, Selector } from './mapping.js';
import { child, isArray, isObject, scalarText, type DataNode } from './tree.js';

/**
 * The helpdesk exports tonecheck recognises without configuration, tried in
 * this order. docs/formats.md documents each one field by field; every
 * built-in reads the file as the helpdesk's API returns it.
 */
export const BUILTIN_SELECTORS: readonly Selector[] = [
  {
    // GET /api/v2/macros: {"macros": [{id, title, actions: [{field, value}]}]}; a macro's reply is its
    // comment_value_html action (HTML), else its comment_value action (text, or ["channel:all", text]).
    name: 'Zendesk macros',
    strict: false,
    select: (root) => {
      const listed = listAt(root, ['macros']);
      // {"macros": []} is an export with nothing in it, not some other file.
      if (listed?.length === 0) return [];
      const macros = listed ?? (isObject(child(root, 'macro')) ? [child(root, 'macro')!] : undefined) ?? listOf(root);
      if (!macros?.length || !macros.every((m) => isArray(child(m, 'actions')) && child(m, 'title'))) return undefined;
      return macros.map((macro, i) => {
        const actions = child(macro, 'actions');
        const action = (field: string) => (isArray(actions) ? actions.items.find((a) => scalarText(child(a, 'field')) === field) : undefined);
        const html = child(action('comment_value_html'), 'value');
        let text = child(action('comment_value'), 'value');
        if (isArray(text)) text = text.items.at(-1);
        return entry(i, macro, 'id', 'title', html ? html : text, html ? 'html' : 'text', html ? 'actions[comment_value_html].value' : 'actions[comment_value].value');
      });
    },
  },
  {
    // GET /macros (Intercom's saved replies): {"type": "list", "data": [{type: "macro", id, name, body, body_text}]};
    // body is HTML with placeholders as <attribute key="…"/>, body_text the plain version.
    name: 'Intercom macros',
    strict: false,
    select: (root) => {
      const macros = listAt(root, ['data']) ?? listOf(root);
      if (!macros?.length || !macros.every((m) => scalarText(child(m, 'type')) === 'macro')) return undefined;
      return macros.map((m, i) =>
        child(m, 'body') ? entry(i, m, 'id', 'name', child(m, 'body'), 'auto', 'body') : entry(i, m, 'id', 'name', child(m, 'body_text'), 'text', 'body_text'),
      );
    },
  },
  {
    // GET /api/v2/canned_response_folders/{id}/responses (Freshdesk, Freshservice):
    // [{id, title, folder_id, content, content_html}]; content_html is what is sent.
    name: 'Freshdesk canned responses',
    strict: false,
    select: (root) => {
      const responses = listAt(root, ['canned_responses']) ?? listOf(root);
      if (!responses?.length || !responses.every((r) => child(r, 'title') && (child(r, 'content_html') || child(r, 'content')))) return undefined;
      return responses.map((r, i) =>
        child(r, 'content_html') ? entry(i, r, 'id', 'title', child(r, 'content_html'), 'html', 'content_html') : entry(i, r, 'id', 'title', child(r, 'content'), 'auto', 'content'),
      );
    },
  },
  {
    // GET /v2/mailboxes/{id}/saved-replies (Help Scout): [{id, name, text, chatText}];
    // text is the e-mail version (HTML), chatText the chat version.
    name: 'Help Scout saved replies',
    strict: false,
    select: (root) => {
      const embedded = child(root, '_embedded');
      const replies = listAt(embedded, ['saved-replies', 'savedReplies', 'saved_replies']) ?? listAt(root, ['saved_replies', 'savedReplies']) ?? listOf(root);
      if (!replies?.length || !replies.every((r) => child(r, 'name') && (child(r, 'text') || child(r, 'chatText')))) return undefined;
      return replies.map((r, i) =>
        child(r, 'text') ? entry(i, r, 'id', 'name', child(r, 'text'), 'auto', 'text') : entry(i, r, 'id', 'name', child(r, 'chatText'), 'text', 'chatText'),
      );
    },
  },
  {
    // Any other list of canned responses: objects with a title-like and a body-like field, at the top
    // level or under a key such as "responses" (a CSV's rows are such a list, its header the keys).
    name: 'canned responses',
    strict: false,
    select: (root) => {
      const list = listAt(root, CONTAINER_KEYS) ?? listOf(root);
      if (!list?.length) return undefined;
      const bodyKey = GENERIC_BODY.find((key) => list.every((item) => child(item, key) !== undefined || !isObject(item)));
      if (!bodyKey || !list.every(isObject)) return undefined;
      const titleKey = GENERIC_TITLE.find((key) => list.some((item) => child(item, key)));
      const idKey = GENERIC_ID.find((key) => list.some((item) => child(item, key)));
      return list.map((item, i) => entry(i, item, idKey, titleKey, child(item, bodyKey), 'auto', bodyKey));
    },
  },
];

const CONTAINER_KEYS = ['responses', 'replies', 'canned_responses', 'cannedResponses', 'saved_replies', 'snippets', 'macros', 'templates', 'items'];
const GENERIC_BODY = ['body', 'body_html', 'content', 'content_html', 'text', 'html', 'message', 'reply', 'response', 'template'];
const GENERIC_TITLE = ['title', 'name', 'subject', 'label'];
const GENERIC_ID = ['id', 'key', 'slug', 'shortcut'];

function entry(
  index: number,
  node: DataNode,
  idKey: string | undefined,
  titleKey: string | undefined,
  body: DataNode | undefined,
  format: BodyFormat,
  bodyPath: string,
): Entry {
  const id = idKey === undefined ? undefined : scalarText(child(node, idKey))?.trim();
  const title = titleKey === undefined ? undefined : scalarText(child(node, titleKey))?.trim();
  return { position: index + 1, ...(id ? { id } : {}), ...(title ? { title } : {}), body, bodyPath, format };
}

/** The array under the first of `keys` that holds one. */
function listAt(node: DataNode | undefined, keys: readonly string[]): DataNode[] | undefined {
  for (const key of keys) {
    const value = child(node, key);
    if (isArray(value)) return [...value.items];
  }
  return undefined;
}

function listOf(node: DataNode | undefined): DataNode[] | undefined {
  return isArray(node) ? [...node.items] : undefined;
}
