import { testRule } from '../../helpers/rule-tester.js';

const baodao = (place: string, go = '到') => `“${go}${place}报道”应为“${go}${place}报到”。向组织报告自己已经来到用“报到”；“报道”指新闻媒体传播消息。`;

testRule('lexicon/report-in', {
  valid: [
    '请于9月1日前到单位报到。',
    '新生到学校报到，媒体对开学典礼作了报道。',
    '请各位记者于8时前到会场报道。', // reporters: a news report
    '美国国务院发言人称，已看到相关报道，请对方作出解释。', // 看到: 到 is a complement
    '我们注意到有关报道，请媒体客观报道。',
    '新生到校后，学校作了报道。', // no place between 到 and 报道
    '他申请到一线报道疫情。', // 申请 is no request to the reader; no newcomer
    '记者深入到社区报道群众生活。',
    '总台派出4500多人赴杭州开展转播报道，请观众关注。', // the broadcaster's own reporters
  ],
  invalid: [
    { text: '请于9月1日前到单位报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('单位')], fixes: ['报到'], severity: 'error' },
    { text: '新生到学校报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('学校')], fixes: ['报到'] },
    { text: '请新录用人员于9月1日前到市人社局人事科报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('市人社局人事科')], fixes: ['报到'] },
    { text: '请持录取通知书到学校报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], fixes: ['报到'] },
    { text: '新兵按时到部队报道，逾期不到的取消资格。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('部队')], fixes: ['报到'] },
    { text: '请于报到当日前往人事处报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('人事处', '前往')], fixes: ['报到'] },
    { text: '新录用人员须于10日内赴任职单位报道。', flagged: ['报道'], messageIds: ['baodaoForBaodao'], messages: [baodao('任职单位', '赴')], fixes: ['报到'] },
  ],
});
