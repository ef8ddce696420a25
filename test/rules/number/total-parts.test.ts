import { testRule } from '../../helpers/rule-tester.js';

testRule('number/total-parts', {
  valid: [
    // Corpus 003 and 004: the parts add up.
    '全市正常运行的政府网站共计49家，其中市级门户网站1家、县（区）级门户网站10家、市直部门（单位）网站38家；按要求进行了全覆盖检查，未发现存在突出问题的政府网站，合格率100%。',
    '全市政务新媒体账号共计370个，其中市政府本级政务新媒体账号3个，市直部门（单位）政务新媒体账号105个，县（区）政府本级政务新媒体账号30个，县级部门及乡（镇）政务新媒体账号232个；按要求进行了全覆盖检查，发现1个政务新媒体账号存在突出问题，合格率为99.7%。',
    '截至6月22日,在全国政务新媒体信息报送系统备案的政务新媒体账号共17个,其中:微信公众号14个、新浪微博账号1个、抖音短视频账号1个、微信小程序1个,政务新媒体内容更新和群众互动方面总体合格。',
    // 其中 may list only some of the total.
    '共检查网站50个，其中市级网站10个、县级网站20个。',
    // Parts along different dimensions may overlap.
    '全局共有职工100人，其中女职工60人、党员70人。',
    '全县共有干部200人，其中本科以上学历150人、少数民族80人。',
    '全年共完成固定资产投资120亿元，其中民间投资80亿元、工业投资60亿元。',
    '全年共完成工业投资120亿元，其中制造业投资80亿元、高技术制造业投资60亿元。',
    // Approximate totals and parts are not checked.
    '共收到意见100余条，其中采纳60条、部分采纳50条。',
    '共收到意见100条，其中采纳约60条、部分采纳50条。',
    // 共同 is not a total; another unit is not a part.
    '共同推进项目3个，其中重点项目5个。',
    '共检查企业30家，其中发现问题40个。',
    // A complete list that adds up.
    '共设3个工作组，分别为综合组1个、督查组1个、宣传组1个。',
    '共有党员120人，其中男党员80人、女党员40人。',
    '共有职工15人，其中男8人、女7人。',
    // Not a split by sex: 男职工 and 女党员 may not cover everyone.
    '共有职工15人，其中男职工8人、女党员6人。',
    // Figures of another period, or a nested breakdown, are not parts.
    '今年以来共办理案件120件，其中上半年80件，去年同期150件。',
    '共检查点位30个，其中发现问题点位20个，已整改15个。',
    // A count that does not end its clause is not a part.
    '共检查网站30个，其中20个运行正常、15个存在问题。',
    // A table of figures, one cell per line.
    '合计\n49\n其中\n1\n10\n38',
    '县级部门\n报送信息总数(条)\n县发改局\n20\n16\n1',
  ],
  invalid: [
    { text: '全市正常运行的政府网站共计49家，其中市级门户网站1家、县级门户网站10家、市直部门网站39家。', flagged: ['49家'], messageIds: ['totalBelowParts'], messages: ['总数“49家”小于其后所列分项之和（1+10+39=50家），数字有误，请核对总数或各分项。'], severity: 'error' },
    { text: '备案的政务新媒体账号共17个,其中:微信公众号15个、新浪微博账号1个、抖音短视频账号1个、微信小程序1个。', flagged: ['17个'], messageIds: ['totalBelowParts'] },
    { text: '共检查10家单位，其中合格12家。', flagged: ['10家'], messageIds: ['totalBelowParts'] },
    { text: '共检查单位10家，其中合格12家。', flagged: ['10家'], messageIds: ['totalBelowParts'] },
    // The list claims to be complete: the sum must equal the total.
    { text: '共设3个工作组，分别为综合组1个、督查组1个。', flagged: ['3个'], messageIds: ['totalNotSum'] },
    { text: '共检查单位20家，其中合格15家，其余4家。', flagged: ['20家'], messageIds: ['totalNotSum'] },
    { text: '共有党员120人，其中男党员80人、女党员50人。', flagged: ['120人'], messageIds: ['totalBelowParts'] },
    // 男 and 女 together are the whole: a sum below the total is wrong too.
    { text: '共计15人，其中男8人、女6人。', flagged: ['15人'], messageIds: ['totalNotSum'] },
    { text: '共有党员120人，其中女党员40人、男党员70人。', flagged: ['120人'], messageIds: ['totalNotSum'] },
    { text: '全年共接待游客1.2万人次，其中省外游客8000人次、省内游客5000人次。', flagged: ['1.2万人次'], messageIds: ['totalBelowParts'] },
    { text: '共投入资金100万元，其中中央资金60万元、省级资金50万元。', flagged: ['100万元'], messageIds: ['totalBelowParts'] },
  ],
});
