package places

// stopNames are spellings of places that are common words, so Find never
// matches them by themselves; the longer forms still match (朝阳市, 朝阳区,
// 中山市), and ByName still knows them. Each is a short name or a generic
// county-level name:
//
//	朝阳 "rising sun", 朝阳产业 (city 朝阳市)
//	中山 Sun Yat-sen, 中山路, 中山公园 (city 中山市)
//	阿里 Alibaba (prefecture 阿里地区)
//	来宾 "guest" (city 来宾市)
//	安康 "well-being" (city 安康市)
//	白银 "silver" (city 白银市)
//	城区 郊区 矿区 东区 西区 南区 北区 新城区 老城区 市中区 城中区
//	城关区 新市区: "urban area", "suburb", "mining area", "east district"…,
//	the names of several districts each, and ordinary words in any report.
//	Eastern District, Southern District, North District: Hong Kong's 东区,
//	南区, 北区 in English, ordinary English words as those are Chinese ones.
var stopNames = []string{
	"朝阳", "中山", "阿里", "来宾", "安康", "白银",
	"城区", "郊区", "矿区", "东区", "西区", "南区", "北区",
	"新城区", "老城区", "市中区", "城中区", "城关区", "新市区",
	"eastern district", "southern district", "north district",
}

// defaultNonPlaces are ordinary words that contain a place name, or that
// overlap one, where the characters belong to the word: Find drops a name
// inside one of them, or one of them crosses leaving the name at most one
// rune (see NonPlaces). Each line is a word and the false mention it
// prevents; TestFindNonPlaceWordsAreNeeded shows each one is needed.
var defaultNonPlaces = []string{
	"沿海",       // 沿海地区: 海地 Haiti
	"增加", "参加", // 增加纳税: 加纳 Ghana
	"营商",             // 辽东营商环境: 东营
	"乡村",             // 新乡村: 新乡
	"非遗",             // 江南非遗: 南非 South Africa
	"县城", "县域", "县级", // 和县域经济, 新县城: 和县, 新县
	"辽河", "黄河", "长江", // 辽河北岸, 黄河南岸, 长江西岸: 河北, 河南, 江西
	"朝鲜族", "蒙古族", // ethnic groups: 朝鲜 North Korea, 蒙古 Mongolia
	"三明治",   // sandwich: 三明
	"大同小异",  // idiom: 大同
	"长治久安",  // idiom: 长治
	"白山黑水",  // "the Northeast": 白山
	"四平八稳",  // idiom: 四平
	"大理石",   // marble: 大理
	"普洱茶",   // tea: 普洱
	"北海道",   // Hokkaido, not 北海
	"国家级",   // "national-level" honours of the city itself
	"发展中国家", // "developing countries": 中国, 国家
	"发达国家",  // "developed countries"
}
