#include "places.hpp"

#include <array>

namespace cwt::demo_detail {
namespace {

using SV = std::string_view;

constexpr std::array<SV, 6> kHeping{"劝业场街道", "小白楼街道", "五大道街道",
                                    "新兴街道",   "南营门街道", "南市街道"};
constexpr std::array<SV, 12> kHedong{"大王庄街道", "大直沽街道", "中山门街道", "富民路街道",
                                     "二号桥街道", "春华街道",   "唐家口街道", "向阳楼街道",
                                     "常州道街道", "上杭路街道", "东新街道",   "鲁山道街道"};
constexpr std::array<SV, 14> kHexi{
    "大营门街道", "下瓦房街道", "桃园街道",   "挂甲寺街道", "马场街道", "越秀路街道", "友谊路街道",
    "天塔街道",   "尖山街道",   "陈塘庄街道", "柳林街道",   "东海街道", "梅江街道",   "太湖路街道"};
constexpr std::array<SV, 12> kNankai{"长虹街道",   "鼓楼街道",     "兴南街道",     "广开街道",
                                     "万兴街道",   "学府街道",     "向阳路街道",   "嘉陵道街道",
                                     "王顶堤街道", "水上公园街道", "体育中心街道", "华苑街道"};
constexpr std::array<SV, 10> kHebei{"光复道街道", "望海楼街道", "鸿顺里街道", "新开河街道",
                                    "铁东路街道", "建昌道街道", "宁园街道",   "王串场街道",
                                    "江都路街道", "月牙河街道"};
constexpr std::array<SV, 9> kHongqiao{"西于庄街道", "咸阳北路街道", "丁字沽街道",
                                      "西沽街道",   "三条石街道",   "邵公庄街道",
                                      "芥园街道",   "铃铛阁街道",   "和苑街道"};
constexpr std::array<SV, 7> kDongli{"张贵庄街道", "丰年村街道", "万新街道", "无瑕街道",
                                    "新立街道",   "华明街道",   "金钟街道"};
constexpr std::array<SV, 4> kXiqing{"西营门街道", "李七庄街道", "赤龙南街道", "精武街道"};
constexpr std::array<SV, 3> kJinnan{"双新街道", "双林街道", "海棠街道"};
constexpr std::array<SV, 7> kBeichen{"果园新村街道", "集贤里街道", "普东街道", "瑞景街道",
                                     "佳荣里街道",   "青源街道",   "广源街道"};
constexpr std::array<SV, 6> kWuqing{"杨村街道", "下朱庄街道", "东蒲洼街道",
                                    "黄庄街道", "徐官屯街道", "运河西街道"};
constexpr std::array<SV, 5> kBaodi{"宝平街道", "钰华街道", "周良街道", "潮阳街道", "朝霞街道"};
constexpr std::array<SV, 12> kBinhai{"塘沽街道", "杭州道街道", "新河街道",   "大沽街道",
                                     "新北街道", "北塘街道",   "胡家园街道", "汉沽街道",
                                     "寨上街道", "大港街道",   "古林街道",   "海滨街道"};
constexpr std::array<SV, 2> kNinghe{"芦台街道", "桥北街道"};
constexpr std::array<SV, 2> kJinghai{"华康街道", "朝阳街道"};
constexpr std::array<SV, 2> kJizhou{"文昌街道", "渔阳街道"};

constexpr std::array<District, 16> kDistricts{{
    {"和平区", "120101", "", 0, kHeping},
    {"河东区", "120102", "", 0, kHedong},
    {"河西区", "120103", "", 0, kHexi},
    {"南开区", "120104", "", 0, kNankai},
    {"河北区", "120105", "", 0, kHebei},
    {"红桥区", "120106", "", 0, kHongqiao},
    {"东丽区", "120110", "", 0, kDongli},
    {"西青区", "120111", "", 0, kXiqing},
    {"津南区", "120112", "", 0, kJinnan},
    {"北辰区", "120113", "", 0, kBeichen},
    {"武清区", "120114", "120222", 2000, kWuqing},
    {"宝坻区", "120115", "120224", 2001, kBaodi},
    {"滨海新区", "120116", "120107", 2009, kBinhai},
    {"宁河区", "120117", "120221", 2015, kNinghe},
    {"静海区", "120118", "120223", 2015, kJinghai},
    {"蓟州区", "120119", "120225", 2016, kJizhou},
}};

// Hebei, Shandong, Liaoning, Heilongjiang, Henan, Hubei, Beijing.
constexpr std::array<SV, 12> kOtherRegions{"130102", "130203", "130602", "131002",
                                           "130984", "370102", "370202", "210102",
                                           "230102", "410102", "420102", "110105"};

constexpr std::array<SV, 60> kPrefixes{
    "朝阳", "春华", "新兴", "文化", "和平", "阳光", "丽苑", "华苑", "长江", "嘉陵", "友谊", "滨江",
    "梅江", "体院", "天塔", "芳水", "翠湖", "海河", "银河", "金厦", "紫金", "绿洲", "紫荆", "秀峰",
    "南楼", "东湖", "明珠", "育才", "红旗", "团结", "建设", "幸福", "安居", "康宁", "福园", "宜宾",
    "龙潭", "凌宾", "云山", "金和", "星河", "汇川", "文苑", "雅园", "怡和", "瑞景", "佳园", "锦绣",
    "华馨", "欣园", "映水", "清水", "春晖", "久华", "向阳", "光明", "富民", "万隆", "吉庆", "丰盛"};

constexpr std::array<SV, 9> kSuffixes{"里",   "园",   "苑",   "新村", "花园",
                                      "家园", "东里", "西里", "北里"};

}  // namespace

std::span<const District> districts() { return kDistricts; }
std::span<const std::string_view> other_region_codes() { return kOtherRegions; }
std::span<const std::string_view> community_prefixes() { return kPrefixes; }
std::span<const std::string_view> community_suffixes() { return kSuffixes; }

}  // namespace cwt::demo_detail
