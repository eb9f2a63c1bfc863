// The import benchmark's ceiling: the export read and parsed by the importer's WXR reader, nothing else.
import { readWxr } from '../src/modules/imports/wordpress/wxr.js';

let items = 0;
for await (const node of readWxr(process.argv[2])) if (node.name === 'item') items += 1;
console.log(JSON.stringify({ items }));
