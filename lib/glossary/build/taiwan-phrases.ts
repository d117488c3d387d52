/**
 * Reviewed Taiwan wording for Traditional text: each phrase here was checked to mean the same in
 * every context a definition may use it. OpenCC's blanket Taiwan phrase table is not used: it
 * turns 参数 into 引數 (a function argument), 运行 into 執行, 编程 into 程式設計 inside an FPGA's
 * name, 发布 into 釋出 for a regulation, and rewrites proper names (空天信息创新研究院).
 * 发布 stays 發布 (Taiwan's standard form; OpenCC's characters give 發佈). Left out on purpose: 参数, 运行, 编程, 程序 (also "procedure"), 质量 (also "mass"),
 * 用户 (用戶 is Taiwan usage too), 字节 (inside 字节跳动), 激光雷达 (Taiwan writes both 光達 and 雷射雷達:
 * the data adds 光達 as a form).
 */
export const TAIWAN_PHRASES: Readonly<Record<string, string>> = {
  视频: '影片',
  短视频: '短影音',
  软件: '軟體',
  硬件: '硬體',
  数据库: '資料庫',
  数据中心: '資料中心',
  互联网: '網際網路',
  网络: '網路',
  信息: '資訊',
  芯片: '晶片',
  // OpenCC keeps 有云 ("it is said") as written: the cloud of these compounds is 雲.
  公有云: '公有雲',
  私有云: '私有雲',
  专有云: '專有雲',
  // OpenCC reads 体制 (a system) inside 半导体制造.
  半导体制造: '半導體製造',
  高质量: '高品質',
  服务质量: '服務品質',
  产品质量: '產品品質',
  输出质量: '輸出品質',
  开源项目: '開源專案',
  小程序: '小程式',
  纳米: '奈米',
  晶体管: '電晶體',
  集成电路: '積體電路',
  人工智能: '人工智慧',
  算法: '演算法',
  服务器: '伺服器',
  云计算: '雲端運算',
  内存: '記憶體',
  缓存: '快取',
  存储: '儲存',
  带宽: '頻寬',
  宽带: '寬頻',
  数字化: '數位化',
  数字人: '數位人',
  数字经济: '數位經濟',
  数字孪生: '數位孿生',
  // A name: the e-CNY keeps 數字 (longest first, so 数字人 never cuts it).
  数字人民币: '數字人民幣',
  语音识别: '語音辨識',
  人类反馈: '人類回饋',
  多智能体系统: '多代理系統',
  智能手机: '智慧型手機',
  操作系统: '作業系統',
  传感器: '感測器',
  屏幕: '螢幕',
  源代码: '原始碼',
  代码: '程式碼',
  信号: '訊號',
  通信: '通訊',
  社交媒体: '社群媒體',
  激光: '雷射',
  打印: '列印',
  默认: '預設',
  在线: '線上',
  发布: '發布',
  大语言模型: '大型語言模型',
  脑机接口: '腦機介面',
  应用程序: '應用程式',
  应用程序接口: '應用程式介面',
  // Names Taiwan writes differently: a form to match, kept out of prose by the names rule.
  英伟达: '輝達',
};

/** Names Taiwan writes with other words: applied to proper names' forms too (a name is otherwise never reworded). */
export const TAIWAN_NAMES: Readonly<Record<string, string>> = {
  英伟达: '輝達',
};

/**
 * Names whose characters OpenCC's phrase table would change (扣子, Coze's Chinese name, is not the
 * 釦子 of a shirt): written as given wherever they stand in Traditional text.
 */
export const NAME_SPELLINGS: Readonly<Record<string, string>> = {
  扣子: '扣子',
};

/**
 * Taiwan wording readers write in names of things, used for matching forms only: in prose 數據,
 * 智能 and 集群 stay (大數據 is Taiwan usage too), but a page may write 資料孤島, 智慧體, 萬卡叢集.
 */
export const TAIWAN_FORM_PHRASES: Readonly<Record<string, string>> = {
  ...TAIWAN_PHRASES,
  数据: '資料',
  智能: '智慧',
  集群: '叢集',
};

/**
 * Mainland words a Traditional text should not keep, whose Taiwan counterpart depends on the
 * sentence, so no table rewrites them: the build fails on each until a person rewords the
 * definition, adds a reviewed phrase above (小程序 → 小程式), or excuses it in the data.
 */
export const MAINLAND_WORDS_TO_REVIEW: Readonly<Record<string, string>> = {
  程序: '程式',
  质量: '品質',
  项目: '專案',
};
