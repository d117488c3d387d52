/**
 * Reviewed Taiwan wording for Traditional text: each phrase here was checked to mean the same in
 * every context a definition may use it. OpenCC's blanket Taiwan phrase table is not used: it
 * turns 参数 into 引數 (a function argument), 运行 into 執行, 编程 into 程式設計 inside an FPGA's
 * name, 发布 into 釋出 for a regulation, and rewrites proper names (空天信息创新研究院).
 * 发布 stays 發布 (Taiwan's standard form; OpenCC's characters give 發佈). Left out on purpose: 参数, 运行, 编程, 程序 (also "procedure"), 质量 (also "mass"),
 * 用户 (用戶 is Taiwan usage too).
 */
export const TAIWAN_PHRASES: Readonly<Record<string, string>> = {
  视频: '影片',
  软件: '軟體',
  硬件: '硬體',
  数据库: '資料庫',
  互联网: '網際網路',
  网络: '網路',
  信息: '資訊',
  芯片: '晶片',
  人工智能: '人工智慧',
  算法: '演算法',
  服务器: '伺服器',
  云计算: '雲端運算',
  内存: '記憶體',
  数字化: '數位化',
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
