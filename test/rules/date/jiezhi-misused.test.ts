import { testRule } from '../../helpers/rule-tester.js';

testRule('date/jiezhi-misused', {
  valid: [
    '截至6月30日，全市已完成整改问题127个。',
    '截止日期为2024年6月30日。',
    '报名截止时间为6月30日，逾期不予受理。',
    '申报工作截止到6月底。',
    '申报工作截止于2024年6月30日。',
    '报名于6月30日截止。',
    '注：复核截止时间2024年3月5日。',
    '截止当日24时前提交的材料有效。', // 截止当日: the closing day
    '截止目前，已完成整改。', // a fixed phrase, left to the lexicon pack (typo-time)
    '项目已经截止。',
    '报名于当日下午5时截止，截止时间为下午5时。',
  ],
  invalid: [
    // a time of day, a quarter
    { text: '截止9时，全市共接种疫苗10万剂。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止第三季度，全省实现增加值100亿元。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止6月30日，全市已完成整改问题127个。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'], severity: 'error' },
    { text: '截止2024年6月30日，共受理申请56件。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止 2024年底，全县共有企业300家。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止今年5月，已建成基站20个。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止年底，全面完成任务。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止二〇二四年六月，累计投入资金3亿元。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止3月底，全区累计办结12件。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止下午5时，共接到报警电话12个。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
    { text: '截止当晚8时，转移群众300余人。', flagged: ['截止'], messageIds: ['jiezhiForJiezhi'], fixes: ['截至'] },
  ],
});
