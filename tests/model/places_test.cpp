// The places on file: what the editor offers and what counts as new.
#include "cwt/model/places.hpp"

#include <gtest/gtest.h>

namespace cwt {
namespace {

using Names = std::vector<std::string>;

KnownPlaces tianjin() {
  KnownPlaces places;
  places.add({"和平区", "劝业场街道", "新津社区"});
  places.add({"和平区", "劝业场街道", "福明社区"});
  places.add({"和平区", "小白楼街道", "开封道社区"});
  places.add({"河西区", "友谊路街道", "平江南社区"});
  places.add({"", "无区街道", "某社区"});  // a roster without a district
  return places;
}

TEST(KnownPlaces, StreetsOfTheDistrictOrEveryStreet) {
  const KnownPlaces places = tianjin();
  EXPECT_EQ(places.districts(), (Names{"和平区", "河西区"}));
  EXPECT_EQ(places.streets("和平区"), (Names{"劝业场街道", "小白楼街道"}));
  EXPECT_EQ(places.streets("河西区"), (Names{"友谊路街道"}));
  const Names every{"劝业场街道", "友谊路街道", "小白楼街道", "无区街道"};
  EXPECT_EQ(places.streets(""), every);
  EXPECT_EQ(places.streets("南开区"), every);  // not on file: no narrowing
}

TEST(KnownPlaces, CommunitiesOfTheStreetThenOfTheDistrict) {
  const KnownPlaces places = tianjin();
  EXPECT_EQ(places.communities("和平区", "劝业场街道"), (Names{"新津社区", "福明社区"}));
  EXPECT_EQ(places.communities("", "劝业场街道"), (Names{"新津社区", "福明社区"}));
  EXPECT_EQ(places.communities("和平区", "劝业厂街道"),  // a typo: the district's
            (Names{"开封道社区", "新津社区", "福明社区"}));
  EXPECT_EQ(places.communities("", "").size(), 5u);
}

TEST(KnownPlaces, KnowsOnlyWhatIsOnFile) {
  const KnownPlaces places = tianjin();
  EXPECT_TRUE(places.knows_district("和平区"));
  EXPECT_FALSE(places.knows_district("南开区"));
  EXPECT_TRUE(places.knows_street("和平区", "劝业场街道"));
  EXPECT_FALSE(places.knows_street("和平区", "劝业厂街道"));
  EXPECT_FALSE(places.knows_street("河西区", "劝业场街道"));  // the same name elsewhere
  EXPECT_TRUE(places.knows({"和平区", "劝业场街道", "福明社区"}));
  EXPECT_FALSE(places.knows({"和平区", "劝业场街道", "开封道社区"}));
}

}  // namespace
}  // namespace cwt
