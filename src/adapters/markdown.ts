import type { Nodes, Root } from 'mdast';
import { lazyModule } from '../lazy-module.js';
import { optionalModule } from '../platform/platform.js';
import { isDirectiveProblem, parseDirective, type Directive, type DirectiveProblem } from './directives.js';
import { ProjectionBuilder, type Projection } from './projection.js';

/** Nodes whose content is not prose: never checked. */
const SKIPPED = new Set(['code', 'definition', 'footnoteDefinition', 'image', 'imageReference', 'yaml', 'toml', 'math', 'inlineMath']);
/** Block nodes: their text ends a line of prose. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'thematicBreak', 'table', 'tableRow', 'list']);

// unified and remark take ~170 ms to load: only when Markdown is actually checked.
const parser = lazyModule(() => {
  const { unified } = optionalModule('unified');
  const remarkParse = optionalModule('remark-parse').default;
  const remarkGfm = optionalModule('remark-gfm').default;
  const remarkFrontmatter = optionalModule('remark-frontmatter').default;
  // Front matter (YAML ---, TOML +++) is a site generator's data, not prose: parsed as such, then skipped.
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
});

/**
 * Markdown (CommonMark + GFM tables) → the prose to check. Front matter, code blocks,
 * inline code, link targets, raw HTML and comments are left out; inline code becomes one opaque
 * character so words around it stay apart. Comments may hold directives.
 */
export function projectMarkdown(source: string): { projection: Projection; directives: Directive[]; directiveProblems: DirectiveProblem[] } {
  const tree = parser().parse(source) as Root;
  const out = new ProjectionBuilder(source);
  const directives: Directive[] = [];
  const directiveProblems: DirectiveProblem[] = [];
  const visit = (node: Nodes): void => {
    const pos = node.position;
    if (SKIPPED.has(node.type)) {
      if (pos) out.separator(pos.end.offset!);
      return;
    }
    switch (node.type) {
      case 'text':
        if (pos) out.prose(node.value, pos.start.offset!, pos.end.offset!);
        return;
      case 'inlineCode':
        if (pos) out.opaque(pos.start.offset!, pos.end.offset!);
        return;
      case 'html': {
        const d = pos && parseDirective(node.value, pos.start.offset!);
        if (d && isDirectiveProblem(d)) directiveProblems.push(d);
        else if (d) directives.push(d);
        return;
      }
      case 'break':
        if (pos) out.separator(pos.end.offset!);
        return;
      case 'link':
        // An autolink (<http://…>, www.…) shows its URL, which is not prose; the text of a [text](url) link is.
        if (pos && source[pos.start.offset!] !== '[') {
          out.opaque(pos.start.offset!, pos.end.offset!);
          return;
        }
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
    if (BLOCKS.has(node.type) && pos) out.separator(pos.end.offset!);
  };
  visit(tree);
  return { projection: out.build(), directives, directiveProblems };
}
