// The evaluation tasks, one module each: { name, file, evaluate(rows, api) -> { [source]: metrics } }.
// `api` is tonecheck's public API (dist/src/index.js); tasks use nothing else of the project.

import politeness from './politeness.mjs';
import blame from './blame.mjs';
import empathy from './empathy.mjs';
import reframe from './reframe.mjs';
import readability from './readability.mjs';
import readabilityPairs from './readability-pairs.mjs';
import customerEmotion from './customer-emotion.mjs';
import customerSentiment from './customer-sentiment.mjs';
import complaint from './complaint.mjs';
import satisfaction from './satisfaction.mjs';
import politenessOverall from './politeness-overall.mjs';

export const TASKS = [
  politeness,
  blame,
  empathy,
  reframe,
  readability,
  readabilityPairs,
  customerEmotion,
  customerSentiment,
  complaint,
  satisfaction,
  politenessOverall,
];
