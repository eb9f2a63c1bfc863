import { renderTask } from '../../content/render-worker.js';
import { renderForStorage } from '../../content/render.js';
import { indexedText } from './text.js';

// The render worker of an app on SQLite (index-sqlite.ts's stemmingRenders): SQLite's index stems in
// JavaScript, so the worker stems a body's text beside its rendering (the task's `stemIn`, the article's
// language), which the index's write would otherwise do on the event loop, about 1.4 ms a body edit.
export default renderTask(renderForStorage, indexedText);
