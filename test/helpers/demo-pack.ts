/** A small valid pack as YAML text, for tests that break it one way at a time. */
export const DEMO_PACK_YAML = `
id: demo
name: 示例
entries:
  - wrong: 针炙
    right: 针灸
examples:
  invalid:
    - { text: 针炙科, output: 针灸科 }
  valid:
    - 针灸科
`;
