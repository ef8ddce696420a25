import { testRule } from '../../helpers/rule-tester.js';

testRule('date/meeting-year', {
  valid: [
    '2024年7月召开的党的二十届三中全会作出部署。',
    '2022年10月召开的党的二十大；2017年召开的中国共产党第十九次全国代表大会。',
    '2025年3月胜利召开的第十四届全国人民代表大会第三次会议。',
    '2020年5月召开的十三届全国人大三次会议因疫情推迟。', // the list knows the delay
    '2025年10月召开的党的二十届四中全会，2025年11月闭幕的会议。', // a meeting may close in the month after
    '2026年召开的党的二十届五中全会。', // a meeting the list lacks is not judged
    '2025年，二十届三中全会精神深入人心。', // a year as the sentence's adverbial, not the time the meeting was held
    '党的二十届三中全会于2024年7月15日至18日在北京召开。',
    '2024年7月15日至18日，党的二十届三中全会在北京召开。',
    '2025年，二十届三中全会召开一周年。', // the clause goes on after the verb: another time
    '2025年，党的二十届三中全会召开以来，各地深入学习。',
    '会议指出，2025年党的二十届三中全会在北京召开的意义。', // the date does not open the clause
    '全国人大常委会决定，十三届全国人大三次会议于2020年3月5日在北京召开。', // the date set beforehand (the session was put off to May)
    '党的二十届三中全会将于2025年10月召开。', // a date to come, said beforehand
  ],
  invalid: [
    {
      text: '2025年召开的党的二十届三中全会作出部署。',
      flagged: ['2025年'],
      messageIds: ['wrongYear'],
      messages: ['二十届三中全会于2024年7月开幕，与“2025年”不符（依据：新华社发布的会议公报）。'],
      fixes: ['2024年'],
      severity: 'error',
    },
    { text: '2021年召开的党的二十大。', flagged: ['2021年'], messageIds: ['wrongYear'], fixes: ['2022年'], severity: 'error' },
    { text: '2026年召开的十四届全国人大三次会议。', flagged: ['2026年'], messageIds: ['wrongYear'], fixes: ['2025年'] },
    { text: '2024年3月举行的全国政协十四届一次会议。', flagged: ['2024年3月'], messageIds: ['wrongYear'], fixes: ['2023年3月'] },
    // a year in Chinese numerals, fixed the same way
    { text: '二〇二五年召开的党的二十届三中全会。', flagged: ['二〇二五年'], messageIds: ['wrongYear'], fixes: ['二〇二四年'] },
    // the name, 于 and the date, then the verb
    {
      text: '党的二十届三中全会于2025年10月召开。',
      flagged: ['2025年10月'],
      messageIds: ['wrongYear'],
      messages: ['二十届三中全会于2024年7月开幕，与“2025年10月”不符（依据：新华社发布的会议公报）。'],
      fixes: ['2024年7月'],
      severity: 'error',
    },
    { text: '中国共产党第二十次全国代表大会于2021年10月16日在北京召开。', flagged: ['2021年10月'], messageIds: ['wrongYear'], fixes: ['2022年10月'] },
    // earlier congresses and 十一届三中全会
    { text: '党的十一届三中全会于1979年12月在北京召开。', flagged: ['1979年12月'], messageIds: ['wrongYear'], fixes: ['1978年12月'] },
    { text: '1998年召开的党的十五大。', flagged: ['1998年'], messageIds: ['wrongYear'], fixes: ['1997年'] },
    // the plenum's full name
    { text: '中国共产党第二十届中央委员会第三次全体会议于2025年7月15日至18日在北京举行。', flagged: ['2025年7月'], messageIds: ['wrongYear'], fixes: ['2024年7月'] },
    // the date opening the clause, the name and the verb ending it
    { text: '2026年3月5日，十四届全国人大三次会议在北京开幕。', flagged: ['2026年3月'], messageIds: ['wrongYear'], fixes: ['2025年3月'], severity: 'error' },
    { text: '会议闭幕。2024年3月4日，全国政协十四届三次会议在京开幕。', flagged: ['2024年3月'], messageIds: ['wrongYear'], fixes: ['2025年3月'] },
    // the right year, another month: a warning
    { text: '2024年10月召开的党的二十届三中全会。', flagged: ['2024年10月'], messageIds: ['wrongYear'], fixes: ['2024年7月'], severity: 'warning' },
  ],
});
