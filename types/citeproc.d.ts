/** Types for the parts of `citeproc` (citeproc-js, CommonJS build) that Verbatim uses. */
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | null;
    retrieveItem(id: string): unknown;
  }
  export interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  export interface Citation {
    citationItems: CitationItem[];
    properties: { noteIndex: number };
    citationID?: string;
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>, format: 'html' | 'text'): string;
    processCitationCluster(citation: Citation, pre: Array<[string, number]>, post: Array<[string, number]>): [unknown, Array<[number, string, string]>];
    opt: { xclass: 'note' | 'in-text' };
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
