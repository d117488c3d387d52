/**
 * Words that say the text around an everyday form (豆包, 推理, 幻觉) is about technology (matcher.ts
 * checks them within SENSE_WINDOW_CHARS). Curated: each is rare outside technology writing, so that
 * 微调 in a rates story or 豆包 at breakfast finds none. Generic words that everyday pages use too
 * (用户, 平台, 直播, 发布, 上线, 下载, 智能, 科技, 卫星, 雷达) are not cues: a breakfast stall's
 * live stream has users. Nor are the words of engineering and science at large (模型, 软件, 计算机,
 * 传感器): a bridge's finite-element model has 参数 and 模态 of the everyday kind. Latin cues are whole words compared without ASCII case. Unambiguous
 * glossary terms count as cues too, without being listed here.
 */
export const SENSE_CUES: readonly string[] = [
  // Chinese
  '人工智能', '大模型', '算法', '芯片', '算力', '神经网络', '机器学习', '深度学习', '机器人',
  '开源', '互联网', '云计算', '服务器', '处理器', '半导体', '编程', '代码',
  '自动驾驶', '语音助手', '应用程序', '数据集', '训练数据', '激光雷达',
  '操作系统', '生成式', '视频生成', '图像识别', '网络安全', '语料', '数据中心', '显卡', '晶圆', '制程',
  '集成电路', '光刻', '点云', '大语言', '提示词', '聊天机器人',
  // English
  'ai', 'model', 'models', 'chip', 'chips', 'gpu', 'gpus', 'cpu', 'open-source',
  'open source', 'openai', 'algorithm', 'algorithms', 'neural', 'machine learning', 'llm', 'llms',
  'video generation', 'generative', 'benchmark', 'api', 'dataset', 'robot', 'robots',
  'inference', 'chatbot', 'prompt', 'prompts', 'soc',
];
