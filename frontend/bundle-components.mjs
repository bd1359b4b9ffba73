// Writes the NL Design System component CSS the pages use into one stylesheet (ADR 0030).
// The components come from the npm registry (package.json); their look comes from our own design tokens
// (src/main/resources/static/css/tokens.css), so no municipality's brand is borrowed.
// Usage: node bundle-components.mjs <output file>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
// Plain HTML elements the pages write without a class (every link, fieldset, radio button and checkbox)
// take the component's look from its "html" stylesheet.
const elementStyles = new Set(manifest.nlDesignSystem.elementStyles);

const output = process.argv[2];
if (!output) {
  console.error('usage: node bundle-components.mjs <output file>');
  process.exit(2);
}
const parts = [];
for (const name of Object.keys(manifest.dependencies).filter((n) => n.startsWith('@utrecht/')).sort()) {
  const root = join(here, 'node_modules', name);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  parts.push(`/* ${name} ${version} (EUPL-1.2) */`, readFileSync(join(root, 'dist', 'index.min.css'), 'utf8'));
  if (elementStyles.has(name)) {
    parts.push(readFileSync(join(root, 'dist', 'html', 'index.min.css'), 'utf8'));
  }
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, parts.join('\n') + '\n');
console.log(`bundle-components: ${parts.filter((p) => p.startsWith("/* @utrecht")).length} components written to ${output}`);
