// The evaluation tasks, one module each: { name, file, evaluate(rows, api) -> { [source]: metrics } }.
// `api` is tonecheck's public API (dist/src/index.js); tasks use nothing else of the project.

export const TASKS = [];
