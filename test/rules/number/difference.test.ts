import { testRule } from '../../helpers/rule-tester.js';

testRule('number/difference', {
  valid: [
    // Corpus 000: 397 − 366 = 31.
    '2024年1月起，区政务服务办每月通过工作群发布本月应公开政府信息清单，各行政机关应主动公开政府信息1059条。检查发现问题397项，整改366项，剩余31项未完成整改（详见《江津区2024年第一季度问题清单》，主要问题如下：',
    '受理投诉100件，办结90件，剩余10件正在办理。',
    '发现问题10个，整改8个，尚有2个正在整改。',
    // Only the last three clauses are compared; 正在整改 is not done.
    '发现问题50个，已整改40个，正在整改8个，剩余2个。',
    // Units differ: nothing to compare.
    '检查网站30个，整改问题20项，剩余10个。',
    // No word for the total, or approximate numbers.
    '今年新建项目30个，完成15个，剩余10个。',
    '发现问题约400项，整改366项，剩余31项。',
    // A table of figures.
    '发现\n397\n整改\n366\n剩余\n30',
  ],
  invalid: [
    { text: '检查发现问题397项，整改366项，剩余30项未完成整改。', flagged: ['30项'], messageIds: ['remainderMismatch'], severity: 'error' },
    { text: '共受理群众来信120件，已办结100件，尚有25件正在办理。', flagged: ['25件'], messageIds: ['remainderMismatch'] },
    { text: '排查隐患58处，完成整改50处，剩余9处。', flagged: ['9处'], messageIds: ['remainderMismatch'] },
    { text: '检查发现问题397项,整改366项,剩余13项。', flagged: ['13项'], messageIds: ['remainderMismatch'] },
  ],
});
