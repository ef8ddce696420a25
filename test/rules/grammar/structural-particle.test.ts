import { testRule } from '../../helpers/rule-tester.js';

testRule('grammar/structural-particle', {
  valid: [
    // The right particles.
    '各级干部要认真地学习文件精神。',
    '工作做得很好。',
    // 的 after a light verb or a preposition: the verb is a noun there.
    '组织干部进行认真的学习。',
    '开展积极的探索。',
    '通过认真的学习，提高了认识。',
    '在认真的学习中提高能力。',
    '受到严格的检查和监督。',
    '实施更加严格的保护和管理。',
    // 的 before a noun, or a verb heading a noun.
    '实施积极的财政政策。',
    '更加积极的财政政策要加力提效。',
    '我们认真的学习态度得到了肯定。',
    '各地积极的探索实践表明，',
    '采取更积极的推进措施。',
    '社会科学的研究也取得了进展。',
    '广泛深入的宣传教育，使群众受益。',
    '持续不断的保护治理使黄河焕发新生。',
    // “V的” as a noun phrase, or a quantity after the degree adverb.
    '他所做的很重要。',
    '我们要做的很多。',
    '他做的很多工作得到了认可。',
    '能做的十分有限。',
    // An attribute before a noun or a verb, not a complement.
    '制定海上石油管道保护的特别规定。',
    '体现了对脱贫工作的格外重视，',
    '创下近30年来的最高水平。',
    '发挥各地的比较优势。',
    // Quotations and titles keep their wording.
    '他说：“你们做的很好。”',
    '学习《要认真的学习文件精神》一文。',
  ],
  invalid: [
    {
      text: '各级干部要认真的学习文件精神。',
      flagged: ['认真的'],
      messageIds: ['diAfterAdverbial'],
      messages: ['“认真的学习”中“认真”修饰动词“学习”，是状语，结构助词应写作“地”：“认真地学习”（状语后用“地”，定语后用“的”；《现代汉语词典》第7版“地”“得”条；吕叔湘、朱德熙《语法修辞讲话》主张“的、地、得”分工）。'],
      fixes: ['认真地'],
      severity: 'warning',
    },
    { text: '我们积极的推进各项工作。', flagged: ['积极的'], messageIds: ['diAfterAdverbial'], fixes: ['积极地'] },
    { text: '必须切实的加强组织领导。', flagged: ['切实的'], messageIds: ['diAfterAdverbial'], fixes: ['切实地'] },
    { text: '坚定理想信念，更加自觉的维护人民利益。', flagged: ['自觉的'], messageIds: ['diAfterAdverbial'], fixes: ['自觉地'] },
    { text: '我们要更加努力的做好各方面工作。', flagged: ['努力的'], messageIds: ['diAfterAdverbial'], fixes: ['努力地'] },
    {
      text: '这项工作做的很好。',
      flagged: ['做的'],
      messageIds: ['deBeforeComplement'],
      messages: ['“做的很好”中“很好”补充说明动词“做”的程度，是补语，结构助词应写作“得”：“做得很好”（补语前用“得”；《现代汉语词典》第7版“地”“得”条；吕叔湘、朱德熙《语法修辞讲话》主张“的、地、得”分工）。'],
      fixes: ['做得'],
      severity: 'warning',
    },
    { text: '他说的很对。', flagged: ['说的'], messageIds: ['deBeforeComplement'], fixes: ['说得'] },
    { text: '会议开的非常成功。', flagged: ['开的'], messageIds: ['deBeforeComplement'], fixes: ['开得'] },
    { text: '经济发展的越来越好了。', flagged: ['发展的'], messageIds: ['deBeforeComplement'], fixes: ['发展得'] },
    { text: '这项政策落实的比较到位', flagged: ['落实的'], messageIds: ['deBeforeComplement'], fixes: ['落实得'] },
    { text: '大家看的非常清楚，', flagged: ['看的'], messageIds: ['deBeforeComplement'], fixes: ['看得'] },
  ],
});
