// Demo content for Tòa Soạn: sections, entities (people, places, events) and articles.
// Facts (dates, editions, people, titles, places) follow the team's reference FACTS;
// every sentence below is written for this project.

export type DemoBlock =
  | string // a paragraph
  | { heading: string } // an H2 subheading
  | { quote: string } // a blockquote
  | { list: string[] }; // a bullet list

export interface DemoEntity {
  key: string; // stable, kebab-case ascii, unique across all entities
  type: "person" | "place" | "event";
  name: string; // Vietnamese display name with diacritics
  aliases?: string[]; // other spellings: pinyin, Chinese characters, unaccented, English
  description?: string; // 1–2 sentences, Vietnamese
  // person only:
  title?: string; // current/most recent title as given in FACTS
  country?: string; // "Việt Nam" | "Trung Quốc"
  // place only:
  kind?: "country" | "region" | "province" | "city" | "district" | "commune" | "border_gate" | "landmark";
  parent?: string; // key of parent place (defined earlier in the array)
  // event only:
  startDate?: string; // "YYYY-MM-DD"
  endDate?: string;
  status?: "planned" | "postponed" | "held" | "cancelled";
  edition?: number;
}

export interface DemoArticle {
  title: string;
  sapo: string; // lead paragraph, 1–2 sentences, < 400 chars
  section: string; // a section slug from demoSections
  publishedAt: string; // ISO 8601 with +07:00 offset
  author: "admin" | "editor" | "writer";
  blocks: DemoBlock[];
  tags: string[]; // entity keys
  source?: string;
  status?: "draft"; // omit for published
}

export const demoSections: { slug: string; name: string }[] = [
  { slug: "quoc-phong", name: "Quốc phòng" },
  { slug: "doi-ngoai", name: "Đối ngoại" },
  { slug: "bien-gioi", name: "Biên giới" },
  { slug: "thoi-su", name: "Thời sự" },
];

export const demoEntities: DemoEntity[] = [
  // ───────────── People ─────────────
  {
    key: "phan-van-giang",
    type: "person",
    name: "Phan Văn Giang",
    aliases: ["Phan Van Giang", "潘文江"],
    title: "Đại tướng, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Việt Nam",
    country: "Việt Nam",
    description:
      "Bộ trưởng Bộ Quốc phòng Việt Nam, Trưởng đoàn Việt Nam tại Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8.",
  },
  {
    key: "dong-quan",
    type: "person",
    name: "Đổng Quân",
    aliases: ["Dong Jun", "董军", "Dong Quan"],
    title: "Thượng tướng, Bộ trưởng Bộ Quốc phòng Trung Quốc",
    country: "Trung Quốc",
    description:
      "Bộ trưởng Bộ Quốc phòng Trung Quốc, Trưởng đoàn Trung Quốc tại Giao lưu hữu nghị quốc phòng biên giới lần thứ 8 diễn ra tháng 4/2024.",
  },
  {
    key: "ly-thuong-phuc",
    type: "person",
    name: "Lý Thượng Phúc",
    aliases: ["Li Shangfu", "李尚福", "Ly Thuong Phuc"],
    title: "Thượng tướng, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc",
    country: "Trung Quốc",
    description:
      "Theo thông báo ngày 29/8/2023, ông được giới thiệu là Trưởng đoàn Trung Quốc tại Giao lưu hữu nghị quốc phòng biên giới lần thứ 8, khi đó dự kiến diễn ra ngày 7–8/9/2023. Chức danh ghi nhận tại thời điểm tháng 8/2023.",
  },
  {
    key: "le-xuan-sang",
    type: "person",
    name: "Lê Xuân Sang",
    aliases: ["Le Xuan Sang"],
    title: "Thiếu tướng, Phó Cục trưởng Cục Tuyên huấn, Tổng cục Chính trị Quân đội nhân dân Việt Nam",
    country: "Việt Nam",
    description:
      "Một trong ba người đồng chủ trì buổi gặp mặt báo chí ngày 29/8/2023 giới thiệu Giao lưu hữu nghị quốc phòng biên giới lần thứ 8.",
  },
  {
    key: "nguyen-quoc-cuong",
    type: "person",
    name: "Nguyễn Quốc Cường",
    aliases: ["Nguyen Quoc Cuong"],
    title: "Đại tá, Phó Chủ nhiệm Chính trị Bộ đội Biên phòng",
    country: "Việt Nam",
    description:
      "Đại diện Bộ đội Biên phòng đồng chủ trì buổi gặp mặt báo chí ngày 29/8/2023 tại Hà Nội.",
  },
  {
    key: "nguyen-duy-minh",
    type: "person",
    name: "Nguyễn Duy Minh",
    aliases: ["Nguyen Duy Minh"],
    title: "Đại tá, Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng",
    country: "Việt Nam",
    description:
      "Đại diện Cục Đối ngoại đồng chủ trì buổi gặp mặt báo chí ngày 29/8/2023 về Giao lưu hữu nghị quốc phòng biên giới lần thứ 8.",
  },
  {
    key: "hoang-xuan-chien",
    type: "person",
    name: "Hoàng Xuân Chiến",
    aliases: ["Hoang Xuan Chien"],
    title: "Thượng tướng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng Việt Nam",
    country: "Việt Nam",
    description:
      "Thứ trưởng Bộ Quốc phòng, phát biểu tại tiệc chiêu đãi kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc tại Hà Nội ngày 29/7/2024.",
  },
  {
    key: "khuong-ba",
    type: "person",
    name: "Khương Ba",
    aliases: ["Khuong Ba"],
    title: "Đại tá, Tùy viên Quốc phòng Trung Quốc tại Việt Nam",
    country: "Trung Quốc",
    description:
      "Tùy viên Quốc phòng Trung Quốc tại Việt Nam (chức danh ghi nhận tháng 7/2024).",
  },
  {
    key: "tap-can-binh",
    type: "person",
    name: "Tập Cận Bình",
    aliases: ["Xi Jinping", "习近平", "Tap Can Binh"],
    title: "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa",
    country: "Trung Quốc",
    description: "Lãnh đạo cao nhất của Trung Quốc; thăm cấp Nhà nước tới Việt Nam vào tháng 12/2023.",
  },
  {
    key: "nguyen-phu-trong",
    type: "person",
    name: "Nguyễn Phú Trọng",
    aliases: ["Nguyen Phu Trong", "阮富仲"],
    title: "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
    country: "Việt Nam",
    description: "Tổng Bí thư Đảng Cộng sản Việt Nam; thăm chính thức Trung Quốc từ ngày 30/10 đến 1/11/2022.",
  },

  // ───────────── Places: Việt Nam ─────────────
  {
    key: "viet-nam",
    type: "place",
    name: "Việt Nam",
    aliases: ["Viet Nam", "Vietnam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "越南"],
    kind: "country",
    description: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
  },
  {
    key: "lao-cai",
    type: "place",
    name: "Lào Cai",
    aliases: ["Lao Cai", "tỉnh Lào Cai", "Lao Cai province"],
    kind: "province",
    parent: "viet-nam",
    description: "Tỉnh biên giới phía Bắc giáp tỉnh Vân Nam (Trung Quốc); nơi tổ chức phần phía Việt Nam của Giao lưu hữu nghị quốc phòng biên giới lần thứ 8.",
  },
  {
    key: "thanh-pho-lao-cai",
    type: "place",
    name: "Thành phố Lào Cai",
    aliases: ["thành phố Lào Cai", "TP Lào Cai", "Lao Cai City", "thanh pho Lao Cai"],
    kind: "city",
    parent: "lao-cai",
    description: "Tỉnh lỵ của tỉnh Lào Cai, nằm đối diện Hà Khẩu (Vân Nam, Trung Quốc).",
  },
  {
    key: "bao-thang",
    type: "place",
    name: "Bảo Thắng",
    aliases: ["huyện Bảo Thắng", "Bao Thang", "huyen Bao Thang"],
    kind: "district",
    parent: "lao-cai",
    description: "Huyện thuộc tỉnh Lào Cai.",
  },
  {
    key: "ban-phiet",
    type: "place",
    name: "Bản Phiệt",
    aliases: ["xã Bản Phiệt", "Ban Phiet", "xa Ban Phiet"],
    kind: "commune",
    parent: "bao-thang",
    description: "Xã thuộc huyện Bảo Thắng, nơi khởi công Nhà Văn hóa Hữu nghị trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới lần thứ 8.",
  },
  {
    key: "cua-khau-quoc-te-lao-cai",
    type: "place",
    name: "Cửa khẩu Quốc tế Lào Cai",
    aliases: [
      "Cửa khẩu quốc tế đường bộ Lào Cai",
      "cửa khẩu Lào Cai",
      "Cua khau Quoc te Lao Cai",
      "Lao Cai International Border Gate",
    ],
    kind: "border_gate",
    parent: "thanh-pho-lao-cai",
    description: "Cửa khẩu quốc tế trên tuyến biên giới Việt Nam – Trung Quốc, đối diện Cửa khẩu Quốc tế Hà Khẩu.",
  },
  {
    key: "truong-tieu-hoc-kim-dong",
    type: "place",
    name: "Trường Tiểu học Kim Đồng",
    aliases: ["Truong Tieu hoc Kim Dong", "trường Tiểu học Kim Đồng"],
    kind: "landmark",
    parent: "thanh-pho-lao-cai",
    description: "Trường tiểu học tại thành phố Lào Cai, được hai đoàn đại biểu quốc phòng đến thăm trong chương trình giao lưu lần thứ 8.",
  },
  {
    key: "ha-giang",
    type: "place",
    name: "Hà Giang",
    aliases: ["Ha Giang", "tỉnh Hà Giang"],
    kind: "province",
    parent: "viet-nam",
    description: "Tỉnh biên giới phía Bắc Việt Nam.",
  },
  {
    key: "quang-ninh",
    type: "place",
    name: "Quảng Ninh",
    aliases: ["Quang Ninh", "tỉnh Quảng Ninh"],
    kind: "province",
    parent: "viet-nam",
    description: "Tỉnh biên giới Đông Bắc Việt Nam, nơi diễn ra phần phía Việt Nam của lần giao lưu quốc phòng biên giới đầu tiên năm 2014.",
  },
  {
    key: "lang-son",
    type: "place",
    name: "Lạng Sơn",
    aliases: ["Lang Son", "tỉnh Lạng Sơn"],
    kind: "province",
    parent: "viet-nam",
    description: "Tỉnh biên giới phía Bắc Việt Nam, giáp Khu tự trị dân tộc Choang Quảng Tây.",
  },
  {
    key: "cao-bang",
    type: "place",
    name: "Cao Bằng",
    aliases: ["Cao Bang", "tỉnh Cao Bằng"],
    kind: "province",
    parent: "viet-nam",
    description: "Tỉnh biên giới phía Bắc Việt Nam, giáp Khu tự trị dân tộc Choang Quảng Tây.",
  },
  {
    key: "ha-noi",
    type: "place",
    name: "Hà Nội",
    aliases: ["Ha Noi", "Hanoi", "河内"],
    kind: "city",
    parent: "viet-nam",
    description: "Thủ đô của Việt Nam.",
  },

  // ───────────── Places: Trung Quốc ─────────────
  {
    key: "trung-quoc",
    type: "place",
    name: "Trung Quốc",
    aliases: ["Trung Quoc", "China", "Cộng hòa Nhân dân Trung Hoa", "中国"],
    kind: "country",
    description: "Nước Cộng hòa Nhân dân Trung Hoa.",
  },
  {
    key: "van-nam",
    type: "place",
    name: "Vân Nam",
    aliases: ["Yunnan", "云南", "tỉnh Vân Nam", "Van Nam"],
    kind: "province",
    parent: "trung-quoc",
    description: "Tỉnh biên giới phía Tây Nam Trung Quốc, nơi diễn ra phần phía Trung Quốc của Giao lưu hữu nghị quốc phòng biên giới lần thứ 8.",
  },
  {
    key: "ha-khau",
    type: "place",
    name: "Hà Khẩu",
    aliases: ["Hekou", "河口", "Ha Khau"],
    kind: "district",
    parent: "van-nam",
    description: "Địa phương thuộc tỉnh Vân Nam, nằm đối diện thành phố Lào Cai qua đường biên giới.",
  },
  {
    key: "cua-khau-quoc-te-ha-khau",
    type: "place",
    name: "Cửa khẩu Quốc tế Hà Khẩu",
    aliases: ["Hekou Port", "河口口岸", "Cua khau Quoc te Ha Khau", "cửa khẩu Hà Khẩu"],
    kind: "border_gate",
    parent: "ha-khau",
    description: "Cửa khẩu phía Trung Quốc đối diện Cửa khẩu Quốc tế Lào Cai.",
  },
  {
    key: "mong-tu",
    type: "place",
    name: "Mông Tự",
    aliases: ["Mengzi", "蒙自", "Mong Tu"],
    kind: "city",
    parent: "van-nam",
    description: "Địa phương thuộc tỉnh Vân Nam; Tiểu đoàn Biên phòng Hà Khẩu trực thuộc Bộ đội Biên phòng khu Mông Tự.",
  },
  {
    key: "quang-tay",
    type: "place",
    name: "Quảng Tây",
    aliases: ["Guangxi", "Khu tự trị dân tộc Choang Quảng Tây", "广西", "Quang Tay"],
    kind: "region",
    parent: "trung-quoc",
    description: "Khu tự trị dân tộc Choang Quảng Tây, giáp các tỉnh Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang của Việt Nam.",
  },

  // ───────────── Events ─────────────
  {
    key: "giao-luu-quoc-phong-bien-gioi-lan-1",
    type: "event",
    name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ nhất",
    aliases: [
      "Giao lưu hữu nghị Quốc phòng biên giới Việt – Trung lần thứ nhất",
      "Giao lưu hữu nghị quốc phòng biên giới lần thứ 1",
      "Giao luu huu nghi quoc phong bien gioi Viet Nam – Trung Quoc lan thu nhat",
    ],
    description:
      "Lần giao lưu đầu tiên do Bộ Quốc phòng hai nước tổ chức năm 2014 tại tỉnh Quảng Ninh (Việt Nam) và Quảng Tây (Trung Quốc).",
    status: "held",
    edition: 1,
  },
  {
    key: "giao-luu-quoc-phong-bien-gioi-lan-8",
    type: "event",
    name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8",
    aliases: [
      "Giao lưu hữu nghị Quốc phòng biên giới Việt – Trung lần thứ 8",
      "Giao lưu Hữu nghị Quốc phòng Biên giới Việt Nam-Trung Quốc lần thứ 8",
      "Giao lưu hữu nghị quốc phòng biên giới lần thứ tám",
      "Giao luu huu nghi quoc phong bien gioi Viet Nam – Trung Quoc lan thu 8",
    ],
    description:
      "Lần giao lưu thứ tám, ban đầu được công bố dự kiến diễn ra ngày 7–8/9/2023, sau đó tổ chức ngày 11–12/4/2024 tại Lào Cai (Việt Nam) và Vân Nam (Trung Quốc), do Đại tướng Phan Văn Giang và Thượng tướng Đổng Quân đồng chủ trì.",
    startDate: "2024-04-11",
    endDate: "2024-04-12",
    status: "held",
    edition: 8,
  },
  {
    key: "ky-niem-97-nam-quan-giai-phong-nhan-dan-trung-quoc",
    type: "event",
    name: "Lễ kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc",
    aliases: [
      "Chiêu đãi kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc",
      "97th anniversary of the PLA",
      "Ky niem 97 nam Ngay thanh lap Quan Giai phong Nhan dan Trung Quoc",
    ],
    description:
      "Tiệc chiêu đãi tối 29/7/2024 tại Hà Nội nhân kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc (1/8/1927 – 1/8/2024).",
    startDate: "2024-07-29",
    endDate: "2024-07-29",
    status: "held",
  },
  {
    key: "gap-go-xuan-2023-bon-tinh-bien-gioi-quang-tay",
    type: "event",
    name: "Gặp gỡ Xuân 2023 giữa 4 tỉnh biên giới Việt Nam và Quảng Tây",
    aliases: [
      "Gặp gỡ đầu Xuân 2023 giữa bốn tỉnh biên giới Việt Nam và Khu tự trị dân tộc Choang Quảng Tây",
      "Gap go Xuan 2023 giua 4 tinh bien gioi Viet Nam va Quang Tay",
    ],
    description:
      "Chương trình gặp gỡ trực tuyến ngày 22/2/2023 giữa các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng và Khu tự trị dân tộc Choang Quảng Tây, điểm cầu Việt Nam đặt tại Hà Giang.",
    startDate: "2023-02-22",
    endDate: "2023-02-22",
    status: "held",
  },
  {
    key: "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
    type: "event",
    name: "Chuyến thăm cấp Nhà nước của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tới Việt Nam",
    aliases: [
      "Chuyến thăm Việt Nam của Tổng Bí thư, Chủ tịch Tập Cận Bình tháng 12/2023",
      "Xi Jinping state visit to Vietnam 2023",
    ],
    description: "Chuyến thăm cấp Nhà nước tới Việt Nam ngày 12–13/12/2023 của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.",
    startDate: "2023-12-12",
    endDate: "2023-12-13",
    status: "held",
  },
  {
    key: "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
    type: "event",
    name: "Chuyến thăm chính thức Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng",
    aliases: [
      "Chuyến thăm Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng tháng 10/2022",
      "Nguyen Phu Trong official visit to China 2022",
    ],
    description: "Chuyến thăm chính thức Trung Quốc từ ngày 30/10 đến 1/11/2022 của Tổng Bí thư Nguyễn Phú Trọng.",
    startDate: "2022-10-30",
    endDate: "2022-11-01",
    status: "held",
  },
];

export const demoArticles: DemoArticle[] = [
  // 1 — Nguyễn Phú Trọng's official visit to China (10–11/2022)
  {
    title: "Tổng Bí thư Nguyễn Phú Trọng kết thúc chuyến thăm chính thức Trung Quốc",
    sapo:
      "Từ ngày 30/10 đến 1/11/2022, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc. Chuyến đi được đánh giá là dấu mốc quan trọng, tạo thêm động lực cho quan hệ giữa hai Đảng, hai nước.",
    section: "doi-ngoai",
    publishedAt: "2022-11-01T20:15:00+07:00",
    author: "editor",
    source: "TTXVN",
    blocks: [
      "Chuyến thăm kéo dài ba ngày là hoạt động đối ngoại cấp cao nổi bật nhất giữa Việt Nam và Trung Quốc trong năm 2022. Trong thời gian ở nước bạn, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình và có nhiều cuộc tiếp xúc với lãnh đạo cấp cao của Trung Quốc.",
      "Lễ đón Tổng Bí thư Nguyễn Phú Trọng trong chuyến thăm chính thức Trung Quốc. (Ảnh: TTXVN)",
      { heading: "Củng cố nền tảng tin cậy chính trị" },
      "Tại các cuộc gặp, hai bên thông báo cho nhau về tình hình mỗi Đảng, mỗi nước, đồng thời thống nhất nhiều định hướng lớn cho giai đoạn phát triển tiếp theo của quan hệ song phương. Khép lại chuyến thăm, hai nước ra Tuyên bố chung về tiếp tục đẩy mạnh và làm sâu sắc hơn nữa quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam – Trung Quốc.",
      "Văn kiện này được xem là cơ sở chính trị để các bộ, ngành và địa phương hai bên triển khai hợp tác cụ thể trong những năm tới, từ kinh tế, thương mại, giao lưu nhân dân đến quản lý biên giới.",
      { heading: "Dư địa cho hợp tác quốc phòng" },
      "Hợp tác quốc phòng tiếp tục được coi là một trong những trụ cột của quan hệ hai nước. Giới quan sát cho rằng các cơ chế giao lưu giữa quân đội hai bên, trong đó có chương trình giao lưu hữu nghị quốc phòng biên giới tổ chức luân phiên tại các tỉnh giáp ranh, sẽ có thêm điều kiện để được đẩy mạnh sau chuyến thăm.",
    ],
    tags: [
      "nguyen-phu-trong",
      "tap-can-binh",
      "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
      "trung-quoc",
      "viet-nam",
    ],
  },

  // 2 — Spring meeting 22/2/2023, Hà Giang + 4 provinces + Quảng Tây
  {
    title: "Bốn tỉnh biên giới Việt Nam và Quảng Tây gặp gỡ đầu Xuân 2023 qua hình thức trực tuyến",
    sapo:
      "Ngày 22/2, từ điểm cầu thành phố Hà Giang, các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng cùng Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) đã gặp gỡ đầu Xuân theo hình thức trực tuyến.",
    section: "bien-gioi",
    publishedAt: "2023-02-22T17:40:00+07:00",
    author: "writer",
    source: "TTXVN",
    blocks: [
      "Gặp gỡ đầu năm từ lâu đã trở thành nếp sinh hoạt quen thuộc của chính quyền các địa phương hai bên đường biên. Đây là dịp để các tỉnh cùng nhìn lại kết quả phối hợp trong năm cũ và bàn hướng hợp tác cho năm mới. Năm 2023, Hà Giang là nơi đặt điểm cầu chính phía Việt Nam.",
      "Các đại biểu dự chương trình gặp gỡ đầu Xuân 2023 tại điểm cầu Hà Giang. (Ảnh: TTXVN)",
      { heading: "Năm địa phương cùng kết nối" },
      "Chương trình quy tụ đại diện của năm địa phương có chung đường biên giới:",
      {
        list: [
          "Tỉnh Hà Giang (Việt Nam)",
          "Tỉnh Quảng Ninh (Việt Nam)",
          "Tỉnh Lạng Sơn (Việt Nam)",
          "Tỉnh Cao Bằng (Việt Nam)",
          "Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)",
        ],
      },
      "Hình thức trực tuyến cho phép các bên duy trì kênh đối thoại thường xuyên mà không cần di chuyển đường dài qua vùng núi. Những vấn đề thường được các địa phương quan tâm tại các cuộc gặp như vậy gồm thúc đẩy thông quan hàng hóa qua cửa khẩu, phối hợp quản lý đường biên, mốc giới và mở rộng giao lưu giữa nhân dân hai bên.",
      "Việc giữ vững cơ chế gặp gỡ định kỳ ở cấp tỉnh được đánh giá là góp phần quan trọng vào xây dựng đường biên giới hòa bình, ổn định, tạo nền tảng cho các hoạt động hợp tác ở cấp trung ương, trong đó có lĩnh vực quốc phòng.",
    ],
    tags: [
      "gap-go-xuan-2023-bon-tinh-bien-gioi-quang-tay",
      "ha-giang",
      "quang-ninh",
      "lang-son",
      "cao-bang",
      "quang-tay",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 3 — Press briefing 29/8/2023 announcing the 8th exchange
  {
    title: "Bộ Quốc phòng công bố chương trình Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8",
    sapo:
      "Bộ Quốc phòng đã gặp gỡ các cơ quan báo chí tại Hà Nội vào chiều 29/8 để giới thiệu lần giao lưu quốc phòng biên giới thứ tám giữa Việt Nam và Trung Quốc, dự kiến tổ chức ngày 7–8/9/2023 tại Lào Cai và Vân Nam.",
    section: "quoc-phong",
    publishedAt: "2023-08-30T17:00:00+07:00",
    author: "editor",
    source: "TTXVN",
    blocks: [
      "Ba đại diện đồng chủ trì buổi gặp mặt là Thiếu tướng Lê Xuân Sang, Phó Cục trưởng Cục Tuyên huấn, Tổng cục Chính trị Quân đội nhân dân Việt Nam; Đại tá Nguyễn Quốc Cường, Phó Chủ nhiệm Chính trị Bộ đội Biên phòng và Đại tá Nguyễn Duy Minh, Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng.",
      "Quang cảnh buổi gặp mặt báo chí chiều 29/8 tại Hà Nội. (Ảnh: TTXVN)",
      "Theo thông tin được công bố, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng sẽ dẫn đầu đoàn Việt Nam. Phía Trung Quốc, Trưởng đoàn là Thượng tướng Lý Thượng Phúc, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng.",
      { heading: "Hai ngày, hai bên đường biên" },
      "Ngày 7/9, các hoạt động dự kiến diễn ra trên địa bàn tỉnh Lào Cai, gồm:",
      {
        list: [
          "Lễ đón đoàn đại biểu Trung Quốc tại Cửa khẩu Quốc tế Lào Cai",
          "Nghi thức chào cột mốc, tô son mốc giới, chụp ảnh chung",
          "Hai đoàn cùng trồng cây hữu nghị",
          "Lễ khởi công Nhà Văn hóa Hữu nghị ở xã Bản Phiệt (huyện Bảo Thắng)",
          "Thăm và trao quà cho học sinh Trường Tiểu học Kim Đồng (thành phố Lào Cai)",
          "Hội đàm chính thức giữa đoàn đại biểu hai nước",
        ],
      },
      "Sang ngày 8/9, đoàn Việt Nam sẽ được đón tại Cửa khẩu Quốc tế Hà Khẩu, tỉnh Vân Nam. Chương trình phía Trung Quốc cũng có lễ chào, tô son cột mốc, trồng cây, thăm một đơn vị quân đội hoặc trường học tại khu vực Hà Khẩu và tọa đàm giữa hai đoàn.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "le-xuan-sang",
      "nguyen-quoc-cuong",
      "nguyen-duy-minh",
      "phan-van-giang",
      "ly-thuong-phuc",
      "ha-noi",
      "lao-cai",
      "thanh-pho-lao-cai",
      "cua-khau-quoc-te-lao-cai",
      "bao-thang",
      "ban-phiet",
      "truong-tieu-hoc-kim-dong",
      "van-nam",
      "ha-khau",
      "cua-khau-quoc-te-ha-khau",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 4 — Background: history of the exchanges since 2014
  {
    title: "Chín năm giao lưu quốc phòng biên giới: từ Quảng Ninh – Quảng Tây đến Lào Cai – Vân Nam",
    sapo:
      "Khởi đầu năm 2014 tại Quảng Ninh và Quảng Tây, Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc đã qua bảy lần tổ chức và trở thành hoạt động đối ngoại quốc phòng thường niên của hai nước.",
    section: "doi-ngoai",
    publishedAt: "2023-08-31T08:30:00+07:00",
    author: "writer",
    blocks: [
      "Năm 2014, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Trung Quốc lần đầu cùng tổ chức giao lưu hữu nghị quốc phòng biên giới. Các hoạt động khi ấy diễn ra ở tỉnh Quảng Ninh phía Việt Nam và Quảng Tây phía Trung Quốc. Từ đó đến nay, chương trình lần lượt được đưa tới nhiều tỉnh biên giới khác của hai nước.",
      { heading: "Một cơ chế đã định hình" },
      "Tính đến cuối tháng 8/2023, giao lưu đã được tổ chức bảy lần. Mỗi lần thường kết hợp phần nghi lễ tại cửa khẩu và cột mốc với những hoạt động hướng về cơ sở như trồng cây hữu nghị, thăm trường học, đơn vị, khám bệnh và trao quà cho người dân vùng biên.",
      { quote: "Qua mỗi lần tổ chức, chương trình hướng tới một đường biên yên bình, thân thiện, nơi hai bên cùng hợp tác và cùng phát triển." },
      "Không ít lần ban tổ chức phải vượt qua trở ngại về đường sá, hạ tầng ở vùng cao hay ảnh hưởng của dịch bệnh. Dẫu vậy, quy mô và nội dung giao lưu vẫn liên tục được mở rộng, thu hút sự tham gia của bộ đội biên phòng, chính quyền và người dân hai bên.",
      { heading: "Lần thứ tám tại Lào Cai và Vân Nam" },
      "Lần giao lưu thứ tám được công bố sẽ diễn ra tại tỉnh Lào Cai và tỉnh Vân Nam. Chương trình được kỳ vọng góp phần cụ thể hóa những nhận thức chung mà lãnh đạo cấp cao hai bên thống nhất khi Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc cuối năm 2022.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-1",
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "quang-ninh",
      "quang-tay",
      "lao-cai",
      "van-nam",
      "nguyen-phu-trong",
      "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 5 — Rescheduling: the 8th exchange takes place in April 2024
  {
    title: "Giao lưu hữu nghị quốc phòng biên giới lần thứ 8 diễn ra vào tháng 4/2024",
    sapo:
      "Chương trình giao lưu lần thứ 8, từng được công bố với thời gian dự kiến 7–8/9/2023, sẽ được tổ chức trong hai ngày 11 và 12/4/2024 tại tỉnh Lào Cai (Việt Nam) và tỉnh Vân Nam (Trung Quốc).",
    section: "quoc-phong",
    publishedAt: "2024-04-09T10:00:00+07:00",
    author: "admin",
    blocks: [
      "Tại buổi gặp mặt báo chí cuối tháng 8/2023, Bộ Quốc phòng cho biết lần giao lưu thứ tám dự kiến diễn ra ngày 7–8/9/2023. Theo lịch mới, chương trình được tổ chức vào tháng 4/2024, địa điểm không thay đổi.",
      { heading: "Lịch trình hai ngày" },
      "Ngày 11/4, các hoạt động chính diễn ra tại tỉnh Lào Cai, mở đầu bằng lễ đón đoàn Trung Quốc tại Cửa khẩu Quốc tế Lào Cai. Ngày 12/4, hai đoàn chuyển sang tỉnh Vân Nam để tiếp tục chương trình ở phía Trung Quốc.",
      { heading: "Trưởng đoàn hai bên" },
      "Đoàn Việt Nam vẫn do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, làm Trưởng đoàn. Trưởng đoàn Trung Quốc là Thượng tướng Đổng Quân, Bộ trưởng Bộ Quốc phòng Trung Quốc. Trong thông báo hồi tháng 8/2023, người được giới thiệu ở vị trí này là Thượng tướng Lý Thượng Phúc, khi đó là Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc.",
      "Lần giao lưu này diễn ra khoảng bốn tháng sau khi Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Việt Nam (12/2023). Đây được xem là một trong những hoạt động đối ngoại quốc phòng đáng chú ý nhất giữa hai nước trong nửa đầu năm 2024.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "phan-van-giang",
      "dong-quan",
      "ly-thuong-phuc",
      "tap-can-binh",
      "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
      "lao-cai",
      "cua-khau-quoc-te-lao-cai",
      "van-nam",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 6 — Welcome at Cửa khẩu Quốc tế Lào Cai, 11/4/2024
  {
    title: "Đón đoàn đại biểu Bộ Quốc phòng Trung Quốc tại Cửa khẩu Quốc tế Lào Cai",
    sapo:
      "Sáng 11/4, Đại tướng Phan Văn Giang cùng đoàn Việt Nam đã đón Thượng tướng Đổng Quân và đoàn đại biểu Bộ Quốc phòng Trung Quốc sang Lào Cai qua Cửa khẩu Quốc tế Lào Cai.",
    section: "bien-gioi",
    publishedAt: "2024-04-11T10:15:00+07:00",
    author: "editor",
    source: "TTXVN",
    blocks: [
      "Việc đoàn Trung Quốc qua cửa khẩu đường bộ sang địa phận tỉnh Lào Cai đánh dấu ngày làm việc đầu tiên của Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8. Hai Bộ trưởng Quốc phòng là đồng chủ trì toàn bộ chương trình.",
      "Đại tướng Phan Văn Giang và Thượng tướng Đổng Quân tại Cửa khẩu Quốc tế Lào Cai sáng 11/4. (Ảnh: TTXVN)",
      "Đoàn Việt Nam gồm lãnh đạo Bộ Quốc phòng, đại diện Bộ đội Biên phòng và các cơ quan liên quan. Theo chương trình, sau lễ đón, hai đoàn tiếp tục các hoạt động trên địa bàn Lào Cai trước khi sang tỉnh Vân Nam vào ngày 12/4.",
      { heading: "Cụ thể hóa nhận thức chung cấp cao" },
      "Chương trình giao lưu năm nay là một bước triển khai Tuyên bố chung mà hai nước ra trong chuyến thăm cấp Nhà nước của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tới Việt Nam tháng 12/2023, về việc nâng tầm quan hệ và xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược.",
      "Thông qua giao lưu, bộ đội biên phòng, chính quyền cơ sở và người dân hai bên có thêm cơ hội gặp gỡ, hiểu nhau hơn, qua đó củng cố niềm tin và sự gắn bó trên tuyến biên giới chung.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "phan-van-giang",
      "dong-quan",
      "cua-khau-quoc-te-lao-cai",
      "thanh-pho-lao-cai",
      "lao-cai",
      "van-nam",
      "tap-can-binh",
      "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 7 — Groundbreaking of the Friendship Cultural House, xã Bản Phiệt
  {
    title: "Khởi công Nhà Văn hóa Hữu nghị tại xã Bản Phiệt, huyện Bảo Thắng",
    sapo:
      "Ngày 11/4, trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8, Nhà Văn hóa Hữu nghị tại xã Bản Phiệt, huyện Bảo Thắng, tỉnh Lào Cai đã được khởi công.",
    section: "bien-gioi",
    publishedAt: "2024-04-11T15:30:00+07:00",
    author: "writer",
    source: "TTXVN",
    blocks: [
      "Lễ khởi công là một trong những hoạt động của hai đoàn đại biểu Bộ Quốc phòng Việt Nam và Trung Quốc trên địa bàn Lào Cai, do Đại tướng Phan Văn Giang và Thượng tướng Đổng Quân đồng chủ trì chương trình. Hạng mục này đã có trong kế hoạch được Bộ Quốc phòng công bố từ tháng 8/2023.",
      "Các đại biểu thực hiện nghi thức khởi công Nhà Văn hóa Hữu nghị tại xã Bản Phiệt. (Ảnh: TTXVN)",
      { heading: "Một điểm hẹn cho cộng đồng" },
      "Khi hoàn thành, công trình được kỳ vọng trở thành nơi sinh hoạt cộng đồng, tổ chức các hoạt động văn hóa, văn nghệ của người dân trong xã. Nhà văn hóa cũng có thể là nơi gặp gỡ, giao lưu giữa nhân dân hai bên biên giới vào những dịp lễ, Tết.",
      "Đối với một xã vùng biên như Bản Phiệt, một thiết chế văn hóa mới có ý nghĩa thiết thực, góp phần nâng cao đời sống tinh thần của bà con và gắn kết người dân với lực lượng bảo vệ biên giới.",
      { heading: "Gắn kết quân với dân" },
      "Cùng với nhà văn hóa, kế hoạch giao lưu còn dành nhiều hoạt động cho người dân khu vực biên giới như khám bệnh, cấp thuốc, trao học bổng cho học sinh nghèo và hỗ trợ bò giống cho những hộ có hoàn cảnh khó khăn.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "ban-phiet",
      "bao-thang",
      "lao-cai",
      "phan-van-giang",
      "dong-quan",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 8 — Visit to Trường Tiểu học Kim Đồng, thành phố Lào Cai
  {
    title: "Hai đoàn đại biểu quốc phòng thăm Trường Tiểu học Kim Đồng ở thành phố Lào Cai",
    sapo:
      "Trong ngày giao lưu đầu tiên tại Lào Cai, đoàn đại biểu Bộ Quốc phòng Việt Nam và Trung Quốc đã đến thăm, tặng quà thầy và trò Trường Tiểu học Kim Đồng, thành phố Lào Cai.",
    section: "thoi-su",
    publishedAt: "2024-04-11T16:45:00+07:00",
    author: "admin",
    blocks: [
      "Chuyến thăm trường học là hoạt động mang đậm tính nhân văn trong chương trình Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8. Dẫn đầu hai đoàn là Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam và Thượng tướng Đổng Quân, Bộ trưởng Bộ Quốc phòng Trung Quốc.",
      "Học sinh Trường Tiểu học Kim Đồng chào đón đoàn đại biểu. (Ảnh: TTXVN)",
      "Nằm ở thành phố Lào Cai, sát tuyến biên giới với Hà Khẩu, nhà trường là nơi học tập của nhiều thế hệ học sinh vùng biên. Những món quà mà các đoàn mang đến là sự động viên để thầy và trò tiếp tục thi đua dạy tốt, học tốt.",
      { heading: "Gieo mầm hữu nghị từ lớp học" },
      "Việc đưa trường học vào chương trình giao lưu cho thấy các bên chú trọng vun đắp tình hữu nghị từ thế hệ trẻ. Với các em nhỏ ở vùng biên, hình ảnh những người lính hai nước cùng đến thăm trường là một bài học trực quan về tình láng giềng.",
      "Trước đó, ngay trong buổi sáng, đoàn đại biểu Trung Quốc đã được đón tại Cửa khẩu Quốc tế Lào Cai. Ngày 12/4, chương trình giao lưu tiếp tục tại tỉnh Vân Nam, Trung Quốc.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "truong-tieu-hoc-kim-dong",
      "thanh-pho-lao-cai",
      "lao-cai",
      "cua-khau-quoc-te-lao-cai",
      "ha-khau",
      "van-nam",
      "phan-van-giang",
      "dong-quan",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 9 — Talks between the two delegations, 11/4/2024
  {
    title: "Bộ trưởng Quốc phòng Việt Nam và Trung Quốc hội đàm tại Lào Cai",
    sapo:
      "Ngày 11/4 tại tỉnh Lào Cai, Đại tướng Phan Văn Giang và Thượng tướng Đổng Quân dẫn đầu đoàn đại biểu cấp cao Bộ Quốc phòng hai nước hội đàm, một trong những nội dung trọng tâm của giao lưu lần thứ 8.",
    section: "quoc-phong",
    publishedAt: "2024-04-11T19:30:00+07:00",
    author: "editor",
    source: "TTXVN",
    blocks: [
      "Hội đàm là hoạt động khép lại ngày làm việc tại Lào Cai của Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8, sau lễ đón tại cửa khẩu và các hoạt động tại địa phương.",
      { heading: "Triển khai nhận thức chung cấp cao" },
      "Cuộc hội đàm diễn ra trong bối cảnh hai nước đang triển khai nhận thức chung đạt được trong chuyến thăm Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng cuối năm 2022 và chuyến thăm cấp Nhà nước tới Việt Nam của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tháng 12/2023.",
      "Toàn cảnh cuộc hội đàm giữa hai đoàn đại biểu cấp cao. (Ảnh: TTXVN)",
      "Các lĩnh vực hợp tác quốc phòng song phương được quan tâm gồm:",
      {
        list: [
          "Trao đổi đoàn các cấp, nhất là tiếp xúc cấp cao",
          "Phối hợp quản lý, bảo vệ biên giới",
          "Giao lưu giữa sĩ quan trẻ hai quân đội",
          "Hợp tác giáo dục – đào tạo",
        ],
      },
      { quote: "Giữ cho đường biên yên bình, ổn định là lợi ích chung của người lính biên phòng, chính quyền và cư dân ở cả hai phía." },
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "phan-van-giang",
      "dong-quan",
      "lao-cai",
      "nguyen-phu-trong",
      "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
      "tap-can-binh",
      "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 10 — Activities in Vân Nam / Hà Khẩu, 12/4/2024
  {
    title: "Giao lưu hữu nghị quốc phòng biên giới lần thứ 8 tiếp tục tại tỉnh Vân Nam",
    sapo:
      "Ngày 12/4, đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang dẫn đầu sang tỉnh Vân Nam, Trung Quốc, tham gia ngày giao lưu thứ hai cùng đoàn Trung Quốc do Thượng tướng Đổng Quân làm Trưởng đoàn.",
    section: "bien-gioi",
    publishedAt: "2024-04-12T18:00:00+07:00",
    author: "writer",
    source: "TTXVN",
    blocks: [
      "Sau một ngày hoạt động tại Lào Cai, chương trình chuyển sang bên kia biên giới. Theo kế hoạch, đoàn Việt Nam được đón tại Cửa khẩu Quốc tế Hà Khẩu, nằm đối diện Cửa khẩu Quốc tế Lào Cai.",
      "Đoàn đại biểu Bộ Quốc phòng Việt Nam tại Cửa khẩu Quốc tế Hà Khẩu, tỉnh Vân Nam. (Ảnh: TTXVN)",
      "Chương trình phía Trung Quốc gồm các nội dung chính:",
      {
        list: [
          "Lễ đón đoàn Việt Nam tại Cửa khẩu Quốc tế Hà Khẩu",
          "Nghi thức chào và tô son cột mốc biên giới",
          "Cùng trồng cây hữu nghị trên đất bạn",
          "Đến thăm một đơn vị quân đội hoặc một trường học ở Hà Khẩu",
          "Tọa đàm giữa đoàn đại biểu hai nước",
        ],
      },
      { heading: "Phối hợp giữa các đơn vị biên phòng" },
      "Ở cấp cơ sở, Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai và Tiểu đoàn Biên phòng Hà Khẩu thuộc Bộ đội Biên phòng khu Mông Tự đã có quy chế phối hợp, được sơ kết trong dịp giao lưu. Đây là cách làm cụ thể, hiệu quả để bộ đội biên phòng hai bên cùng giữ gìn an ninh, trật tự ở khu vực cửa khẩu.",
      "Việc tổ chức liên tiếp ở cả hai phía đường biên trong hai ngày thể hiện tính đối ứng và tinh thần bình đẳng của chương trình, khép lại lần giao lưu thứ tám giữa Bộ Quốc phòng hai nước.",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "phan-van-giang",
      "dong-quan",
      "van-nam",
      "ha-khau",
      "cua-khau-quoc-te-ha-khau",
      "mong-tu",
      "lao-cai",
      "cua-khau-quoc-te-lao-cai",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 11 — PLA 97th anniversary reception, Hà Nội, 29/7/2024
  {
    title: "Chiêu đãi kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc tại Hà Nội",
    sapo:
      "Tối 29/7 tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dự và phát biểu tại tiệc chiêu đãi nhân kỷ niệm 97 năm Ngày thành lập Quân Giải phóng Nhân dân Trung Quốc (1/8/1927 – 1/8/2024).",
    section: "doi-ngoai",
    publishedAt: "2024-07-30T07:00:00+07:00",
    author: "editor",
    source: "TTXVN",
    blocks: [
      "Phát biểu tại buổi chiêu đãi, Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, chuyển lời chúc mừng của Quân ủy Trung ương và Bộ Quốc phòng Việt Nam tới cán bộ, chiến sĩ Quân Giải phóng Nhân dân Trung Quốc.",
      "Thượng tướng Hoàng Xuân Chiến phát biểu tại tiệc chiêu đãi. (Ảnh: TTXVN)",
      { heading: "Trụ cột của quan hệ song phương" },
      "Theo Thứ trưởng, quan hệ hai Đảng, hai nước và hai quân đội đang phát triển tích cực. Ông nhắc tới hai chuyến thăm cấp cao gần đây: Tổng Bí thư Nguyễn Phú Trọng sang Trung Quốc cuối tháng 10/2022 và Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình sang Việt Nam tháng 12/2023. Ông khẳng định hợp tác quốc phòng tiếp tục giữ vai trò trụ cột quan trọng trong quan hệ song phương.",
      "Trong số các kết quả được nhắc đến có việc trao đổi đoàn các cấp, hợp tác quản lý, bảo vệ biên giới, giao lưu sĩ quan trẻ, hợp tác giáo dục – đào tạo và đặc biệt là Giao lưu hữu nghị quốc phòng biên giới lần thứ 8 tổ chức hồi tháng 4.",
      { heading: "Phía Trung Quốc mong muốn thúc đẩy hợp tác" },
      "Đại tá Khương Ba, Tùy viên Quốc phòng Trung Quốc tại Việt Nam, điểm lại chặng đường 97 năm xây dựng và trưởng thành của Quân Giải phóng Nhân dân Trung Quốc. Ông bày tỏ mong muốn cùng phía Việt Nam đưa quan hệ giữa quân đội hai nước tiếp tục phát triển, đóng góp vào quan hệ Đối tác hợp tác chiến lược toàn diện.",
    ],
    tags: [
      "ky-niem-97-nam-quan-giai-phong-nhan-dan-trung-quoc",
      "hoang-xuan-chien",
      "khuong-ba",
      "ha-noi",
      "nguyen-phu-trong",
      "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
      "tap-can-binh",
      "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 12 — Xi Jinping's state visit, 12/2023
  {
    title: "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Việt Nam",
    sapo:
      "Trong hai ngày 12–13/12/2023, Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước tới Việt Nam. Hai bên nhất trí xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược.",
    section: "thoi-su",
    publishedAt: "2023-12-13T21:00:00+07:00",
    author: "admin",
    source: "TTXVN",
    blocks: [
      "Trong chuyến thăm, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tại Hà Nội. Hai nhà lãnh đạo cùng đánh giá những bước tiến của quan hệ song phương kể từ chuyến thăm Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng cuối năm 2022.",
      "Tổng Bí thư Nguyễn Phú Trọng và Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình tại Hà Nội. (Ảnh: TTXVN)",
      { heading: "Nâng tầm quan hệ" },
      "Kết quả nổi bật của chuyến thăm là Tuyên bố chung về việc tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược. Văn kiện này định hướng hợp tác trên nhiều lĩnh vực trong thời gian tới.",
      { heading: "Động lực cho hợp tác quốc phòng" },
      "Với lĩnh vực quốc phòng, chuyến thăm được kỳ vọng tạo thêm động lực cho các cơ chế hợp tác giữa Bộ Quốc phòng hai nước, từ trao đổi đoàn các cấp, phối hợp quản lý biên giới đến các chương trình giao lưu hữu nghị ở khu vực biên giới.",
      "Đây là hoạt động đối ngoại cấp cao quan trọng khép lại năm 2023, được dư luận trong nước và quốc tế đặc biệt quan tâm.",
    ],
    tags: [
      "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023",
      "tap-can-binh",
      "nguyen-phu-trong",
      "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022",
      "ha-noi",
      "viet-nam",
      "trung-quoc",
    ],
  },

  // 13 — DRAFT by the writer: plan vs. outcome of the 8th exchange
  {
    title: "Nhìn lại Giao lưu hữu nghị quốc phòng biên giới lần thứ 8: từ kế hoạch tháng 9/2023 đến tháng 4/2024",
    sapo:
      "Được công bố cho tháng 9/2023 nhưng tổ chức vào tháng 4/2024, lần giao lưu thứ tám cho thấy sự bền bỉ của một cơ chế hợp tác quốc phòng đã duy trì gần một thập kỷ.",
    section: "quoc-phong",
    publishedAt: "2024-08-12T09:00:00+07:00",
    author: "writer",
    status: "draft",
    blocks: [
      "Cuối tháng 8/2023, tại buổi gặp mặt báo chí ở Hà Nội do Thiếu tướng Lê Xuân Sang cùng các đại diện Bộ đội Biên phòng và Cục Đối ngoại đồng chủ trì, Bộ Quốc phòng giới thiệu lần giao lưu thứ tám, dự kiến diễn ra ngày 7–8/9/2023 tại Lào Cai và Vân Nam.",
      { heading: "Những điểm thay đổi" },
      "Chương trình sau đó được tổ chức ngày 11–12/4/2024. Địa điểm giữ nguyên, Trưởng đoàn Việt Nam vẫn là Đại tướng Phan Văn Giang. Ở phía Trung Quốc, Thượng tướng Đổng Quân, Bộ trưởng Bộ Quốc phòng, làm Trưởng đoàn, thay vì Thượng tướng Lý Thượng Phúc như trong thông báo năm 2023.",
      {
        list: [
          "Kế hoạch ban đầu: 7–8/9/2023, Trưởng đoàn Trung Quốc là Thượng tướng Lý Thượng Phúc",
          "Thực tế tổ chức: 11–12/4/2024, Trưởng đoàn Trung Quốc là Thượng tướng Đổng Quân",
          "Địa điểm không đổi: tỉnh Lào Cai (Việt Nam) và tỉnh Vân Nam (Trung Quốc)",
        ],
      },
      { heading: "Một cơ chế bền bỉ" },
      "Từ lần đầu năm 2014 tại Quảng Ninh và Quảng Tây, giao lưu đã trở thành sự kiện thường niên của hai Bộ Quốc phòng. Tại buổi chiêu đãi cuối tháng 7/2024, Thượng tướng Hoàng Xuân Chiến cũng nhắc đến lần giao lưu thứ tám như một kết quả nổi bật của hợp tác quốc phòng song phương.",
      "[Cần bổ sung: ảnh tư liệu từ Lào Cai và Vân Nam, ý kiến người dân xã Bản Phiệt.]",
    ],
    tags: [
      "giao-luu-quoc-phong-bien-gioi-lan-8",
      "giao-luu-quoc-phong-bien-gioi-lan-1",
      "le-xuan-sang",
      "phan-van-giang",
      "dong-quan",
      "ly-thuong-phuc",
      "hoang-xuan-chien",
      "ky-niem-97-nam-quan-giai-phong-nhan-dan-trung-quoc",
      "ha-noi",
      "lao-cai",
      "van-nam",
      "quang-ninh",
      "quang-tay",
      "ban-phiet",
      "viet-nam",
      "trung-quoc",
    ],
  },
];
