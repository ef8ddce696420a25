import type { Nodes, Root } from 'hast';
import { lazyModule } from '../lazy-module.js';
import { optionalModule } from '../platform/platform.js';
import { isDirectiveProblem, parseDirective, type Directive, type DirectiveProblem } from './directives.js';
import { ProjectionBuilder, type Projection } from './projection.js';

/** Elements whose content is not prose. The <head> is walked for its <title>, which is what a site shows as the page's name. */
const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'template', 'textarea', 'noscript', 'svg', 'math']);
/** Inline elements: their text runs on with the text around them; every other element ends a line of prose. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'label']);

// unified and rehype take ~110 ms to load: only when HTML is actually checked.
const parser = lazyModule(() => {
  const { unified } = optionalModule('unified');
  const rehypeParse = optionalModule('rehype-parse').default;
  return unified().use(rehypeParse, { fragment: true });
});

/**
 * HTML (as a CMS rich-text editor stores it) → the prose to check. Text inside
 * <script>, <style>, <code>, <pre> and the like, attribute values and comments are left
 * out; entities map back to their source (&nbsp; is one character of prose that spans
 * six of source). Comments may hold directives.
 */
export function projectHtml(source: string): { projection: Projection; directives: Directive[]; directiveProblems: DirectiveProblem[] } {
  const tree = parser().parse(source) as Root;
  const out = new ProjectionBuilder(source);
  const directives: Directive[] = [];
  const directiveProblems: DirectiveProblem[] = [];
  const visit = (node: Nodes): void => {
    const pos = node.position;
    if (node.type === 'text') {
      if (pos) out.prose(node.value, pos.start.offset!, pos.end.offset!);
      return;
    }
    if (node.type === 'comment') {
      const d = pos && parseDirective(source.slice(pos.start.offset!, pos.end.offset!), pos.start.offset!);
      if (d && isDirectiveProblem(d)) directiveProblems.push(d);
      else if (d) directives.push(d);
      return;
    }
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) {
        if (pos) out.separator(pos.end.offset!);
        return;
      }
      if (node.tagName === 'br' && pos) {
        out.separator(pos.end.offset!);
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
    if (node.type === 'element' && !INLINE.has(node.tagName) && pos) out.separator(pos.end.offset!);
  };
  visit(tree);
  return { projection: out.build(), directives, directiveProblems };
}
