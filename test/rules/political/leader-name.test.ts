import { testRule } from '../../helpers/rule-tester.js';

testRule('political/leader-name', {
  valid: [
    '习近平总书记、李强总理、温家宝同志、王岐山同志。',
    '学习进平台', // 习进平 only as a slice across words
    '深入学习贯彻习近平新时代中国特色社会主义思想。',
    '加强墙体保温。',
    '李墙村村委会', // a variant of a two-character name without a title
    '国务院总理李强克服困难，', // 李强克 (a swap of 李克强) overlaps the name as written
    '李克同志', // a dropped character only before the title of a post the leader held
    // A list beside a two-character name (李强 is many people's name), or beside a leader of another period, is no list of leaders.
    '张伟、李强、王东名参加培训。',
    '周恩来、王东名',
    // 同志 after both names only beside a three-character name (李强 is many people's name), and only after both
    '李强同志、王东名同志',
    '周恩来同志、王东名出席',
    '周恩来、王东名同志',
    // a title before the list only if national leaders alone hold it, and not a foreign minister's
    '外长王毅、张德虹会见记者',
    '新加坡总理李显龙、张德虹',
    '县委书记李强、王东名参加',
    // 等 after the list, but no word saying it is of leaders
    '李强、张德虹等同志参加培训。',
    // the surname off beside a two-character name only: no list of leaders
    '张伟、李强、汪沪宁参加培训。',
    '国家主席李克同志', // a title the leader never held
    '李克主席', // a title the leader never held
    '家宝总理', // the surname is never the dropped character
    '宋萍同志、邹嘉华同志', // variants that are ordinary names (notMisspellings)
    '中央政治局常委、国务院总理李强',
    '原国务院副总理钱其琛、吴仪、回良玉',
    // a name one character off beside a title (issue 20, third stage): only a three-character name, only a title of a post its leader held
    '国务院总理李强调研', // 李强调 overlaps the exact name 李强
    '新加坡总理李显龙会见', // two characters from 李克强
    '王沪林主席', // 主席 is every chairman's title: no evidence
    '李克勤演唱会', // no title beside it
    '中央政治局委员、全国人大常委会副委员长李鸿忠，全国政协副主席石泰峰',
    // officials below the national leaders (officials.yaml, issue 20, tenth stage): the names as written
    '上海市委书记陈吉宁主持会议，公安部部长王小洪出席。',
    '江苏省委书记信长星、省长许昆林，最高人民检察院检察长应勇',
    // not the title of a post the official held, or another post's title ending in it
    '县委书记王小红到村里调研。',
    '王小红副部长出席。',
    '王小红部长助理出席。',
    '省委宣传部部长王小红出席。', // another post's title ending in 部长
    '省人民检察院检察长曹建名出席。', // …ending in 检察长 (曹建明 was 最高人民检察院检察长)
    '市纪委书记陈吉林主持会议。',
    // a character replaced that is no sound or shape alike of the name's (洪/刚)
    '王小刚部长讲话。',
    // a two-character name only after a title that names one post: not after 省长 (22 posts), nor where the next character may end a longer name (许琴芳)
    '省长许琴出席会议。',
    '河北省省长许琴芳出席会议。',
    '河北省省长许勤出席会议。',
    // no title beside it
    '陈吉林同学获奖。',
  ],
  invalid: [
    // 栗/粟, a classic look-alike of a leader's surname (listed in confusables), beside 同志.
    { text: '粟战书同志出席会议。', flagged: ['粟战书'], messageIds: ['misspelledName'], fixes: ['栗战书'], severity: 'error' },
    // In a list beside a leader of the same period, a given-name character off by sound or shape (confusion sets): a warning.
    { text: '张德江、俞正生、刘云山出席会议。', flagged: ['俞正生'], messageIds: ['misspelledName'], fixes: ['俞正声'], severity: 'warning' },
    // In a list of three names or more, two of them leaders' as written, the list is the evidence, whatever the period
    // and the neighbour's length (issue 20, twelfth stage).
    { text: '周恩来、朱德、董必舞出席会议。', flagged: ['董必舞'], messageIds: ['misspelledName'], fixes: ['董必武'], severity: 'warning', messages: ['“董必舞”疑为国家领导人“董必武”的姓名之误。领导人姓名须准确无误，请核对（依据：新华社公开报道）。'] },
    { text: '毛泽东、周恩来、张德虹出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    { text: '张德虹、毛泽东、周恩来出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    // A title only leaders hold before the list, even beside a two-character name or a leader of another period.
    { text: '中央政治局常委李强、张德虹出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    { text: '全国人大常委会副委员长王东明、张德虹出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    // The list said to be of leaders right after it.
    { text: '李强、张德虹等党和国家领导人出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    { text: '张德虹、李强等中央领导同志出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    // The surname off, the given name as written, in a list of leaders.
    { text: '习近平、李强、赵乐际、汪沪宁、蔡奇出席会议。', flagged: ['汪沪宁'], messageIds: ['misspelledName'], fixes: ['王沪宁'], severity: 'warning' },
    { text: '周恩来、朱德、懂必武出席会议。', flagged: ['懂必武'], messageIds: ['misspelledName'], fixes: ['董必武'], severity: 'warning' },
    // Both names written with 同志, beside a three-character leader's name of any period.
    { text: '胡耀邦同志、张德虹同志出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    { text: '张德虹同志、胡耀邦同志出席会议。', flagged: ['张德虹'], messageIds: ['misspelledName'], fixes: ['张德江'], severity: 'warning' },
    { text: '俞正声、张德江、刘运山出席会议。', flagged: ['刘运山'], messageIds: ['misspelledName'], fixes: ['刘云山'], severity: 'warning' },
    // misspellings listed in the data: always
    { text: '温家室总理', flagged: ['温家室'], messageIds: ['misspelledName'], fixes: ['温家宝'], severity: 'error' },
    { text: '原国家副主席王歧山', flagged: ['王歧山'], messageIds: ['misspelledName'], fixes: ['王岐山'] },
    // shape and sound variants of the most prominent names: also without a title
    { text: '深入学习习进平总书记重要讲话', flagged: ['习进平'], messageIds: ['misspelledName'], fixes: ['习近平'] },
    { text: '学习习近萍新时代中国特色社会主义思想', flagged: ['习近萍'], messageIds: ['misspelledName'], fixes: ['习近平'] },
    // variants of other names: next to a title, 同志, or another leader's name
    { text: '国务院总理李墙主持会议', flagged: ['李墙'], messageIds: ['misspelledName'], fixes: ['李强'] },
    { text: '赵乐纪委员长出席', flagged: ['赵乐纪'], messageIds: ['misspelledName'], fixes: ['赵乐际'] },
    { text: '习近平、李强、赵乐际、王护宁、蔡奇、丁薛祥、李希', flagged: ['王护宁'], messageIds: ['misspelledName'], fixes: ['王沪宁'] },
    // 刁/习 look alike: a prominent name, so without a title too
    { text: '深入学习刁近平新时代中国特色社会主义思想', flagged: ['刁近平'], messageIds: ['misspelledName'], fixes: ['习近平'] },
    // two characters swapped
    { text: '认真学习习平近总书记重要讲话精神', flagged: ['习平近'], messageIds: ['misspelledName'], fixes: ['习近平'] },
    // a character dropped, before the title of a post held
    { text: '李克总理出席会议', flagged: ['李克'], messageIds: ['misspelledName'], fixes: ['李克强'] },
    // …or right after it, ending a word
    { text: '原国务院总理李克同志', flagged: ['李克'], messageIds: ['misspelledName'], fixes: ['李克强'] },
    { text: '胡锦总书记指出', flagged: ['胡锦'], messageIds: ['misspelledName'], fixes: ['胡锦涛'] },
    // leaders before 2012 (issue 20)
    // any one character off, right beside a title of a post the leader held (issue 20, third stage)
    { text: '李克勤总理在会上指出', flagged: ['李克勤'], messageIds: ['misspelledName'], fixes: ['李克强'], messages: ['“李克勤”疑为国家领导人“李克强”的姓名之误。领导人姓名须准确无误，请核对（依据：新华社公开报道）。'] },
    { text: '国务院副总理张国青出席', flagged: ['张国青'], messageIds: ['misspelledName'], fixes: ['张国清'] },
    { text: '全国人大常委会副委员长李鸿中出席', flagged: ['李鸿中'], messageIds: ['misspelledName'], fixes: ['李鸿忠'] },
    { text: '何立锋副总理主持会议', flagged: ['何立锋'], messageIds: ['misspelledName'], fixes: ['何立峰'] },
    // officials below the national leaders: a sound or shape alike beside the title of a post held (issue 20, tenth stage)
    { text: '上海市委书记陈吉林主持会议', flagged: ['陈吉林'], messageIds: ['misspelledOfficial'], fixes: ['陈吉宁'], severity: 'error' },
    { text: '公安部部长王小红出席会议', flagged: ['王小红'], messageIds: ['misspelledOfficial'], fixes: ['王小洪'], severity: 'error' },
    { text: '江苏省委书记信长兴讲话', flagged: ['信长兴'], messageIds: ['misspelledOfficial'], fixes: ['信长星'], severity: 'error' },
    // beside a title many people hold (书记, 部长): only a warning
    { text: '陈吉林书记在会上讲话', flagged: ['陈吉林'], messageIds: ['misspelledOfficial'], fixes: ['陈吉宁'], severity: 'warning', messages: ['“陈吉林”疑为“陈吉宁”（中共上海市委书记）的姓名之误，请核对（依据：新华社公开报道（中共中央任免决定，全国人大及其常委会、各省级人大及其常委会的选举和决定））。'] },
    { text: '王小红部长指出', flagged: ['王小红'], messageIds: ['misspelledOfficial'], fixes: ['王小洪'], severity: 'warning' },
    { text: '检察长曹建名出席', flagged: ['曹建名'], messageIds: ['misspelledOfficial'], fixes: ['曹建明'], severity: 'warning' },
    // a two-character name after a title that names one post
    { text: '河北省省长许琴出席会议', flagged: ['许琴'], messageIds: ['misspelledOfficial'], fixes: ['许勤'], severity: 'error' },
    { text: '最高人民法院院长周墙出席会议', flagged: ['周墙'], messageIds: ['misspelledOfficial'], fixes: ['周强'] },
    // a former holder, and a post the leaders' file does not list for that person
    { text: '原交通运输部部长李小朋出席', flagged: ['李小朋'], messageIds: ['misspelledOfficial'], fixes: ['李小鹏'] },
    { text: '国务委员、公安部部长赵克智', flagged: ['赵克智'], messageIds: ['misspelledOfficial'], fixes: ['赵克志'] },
    { text: '中央纪委书记贺国墙同志', flagged: ['贺国墙'], messageIds: ['misspelledName'], fixes: ['贺国强'] },
  ],
});
