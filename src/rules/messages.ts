/** Message templates of the rules: `{{name}}` stands for `data.name` (as ESLint's `meta.messages`). */

/** Values a finding fills a template with. */
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The template with every `{{name}}` replaced by `data[name]`; a name without data is a bug in the rule, thrown. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`gongwen: 报告模板缺少参数 {{${name}}}：${template}`);
    return String(value);
  });
}
