import type { Locale, ReportBlock } from '@spejl/plugin-sdk';
import type { Content } from './pdfmake-types.ts';
import { estimatedHeight } from './block-height.ts';
import { headline, pdfBlock } from './pdf-blocks.ts';

/*
 * pdfmake's page-break rule (page-breaks.ts) keeps a heading on the page of what follows it by
 * laying the whole document out again for every heading it moves: about twice per leader report,
 * the largest single cost of a PDF. Here a run of headings with the block after them, and a block
 * with its own title, go into one unbreakable stack when they surely fit on a page, which pdfmake
 * lays out once. The rule stays for what is too tall to keep whole.
 */

/** The most a stack kept whole may take by estimate, in points (a page holds 746). */
const MAX_KEPT = 700;

/** A document's blocks as pdfmake content, each heading kept with what follows it where that surely fits on a page. */
export function pdfFlow(blocks: readonly ReportBlock[], locale: Locale): Content[] {
  const out: Content[] = [];
  let held: Content[] = [];
  let heldHeight = 0;
  const hold = (content: Content[], height: number) => {
    held.push(...content);
    heldHeight += height;
  };
  const visit = (block: ReportBlock): void => {
    if (block.type === 'section') {
      if (block.title) hold([headline(block.title, 2)], estimatedHeight({ type: 'heading', level: 2, text: block.title }));
      block.blocks.forEach(visit);
      return;
    }
    if (block.type === 'heading') return hold(pdfBlock(block, locale), estimatedHeight(block));
    const content = pdfBlock(block, locale);
    const titled = held.length > 0 || ('title' in block && Boolean(block.title));
    if (titled && heldHeight + estimatedHeight(block) <= MAX_KEPT) out.push({ stack: [...held, ...content], unbreakable: true });
    else out.push(...held, ...content);
    held = [];
    heldHeight = 0;
  };
  blocks.forEach(visit);
  out.push(...held);
  return out;
}
