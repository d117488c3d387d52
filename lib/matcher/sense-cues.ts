/**
 * Words that say the text around a `sense: tech` term is about technology (matcher.ts checks them
 * within SENSE_WINDOW_CHARS). Curated: each is rare outside technology writing, so that 微调 in a
 * rates story or 豆包 at breakfast finds none. Latin cues are whole words compared without ASCII case. Glossary
 * terms count as cues too, without being listed here.
 */
export const SENSE_CUES: readonly string[] = [
  // Chinese
  '人工智能', '模型', '算法', '芯片', '算力', '神经网络', '机器学习', '深度学习', '机器人', '软件', '硬件',
  '开源', '科技', '互联网', '云计算', '服务器', '处理器', '半导体', '编程', '代码', '计算机', '电脑',
  '自动驾驶', '聊天', '语音助手', '应用程序', '下载', '数据集', '训练数据', '激光雷达', '传感器', '三维',
  '操作系统', '生成式', '视频生成', '图像识别', '网络安全', '数字化', '短视频', '直播', '用户', '智能',
  '平台', '推理', '参数', '语料', '终端', '数据中心', '显卡', '晶圆', '制程', '集成电路', '光刻', '扫描',
  '建模', '重建', '点云', '雷达', '无人机', '卫星', '遥感', '测绘', '大语言', '提示词', '上线', '发布会',
  // English
  'ai', 'app', 'apps', 'model', 'models', 'chip', 'chips', 'gpu', 'gpus', 'cpu', 'software', 'open-source',
  'open source', 'startup', 'openai', 'algorithm', 'algorithms', 'neural', 'machine learning', 'llm', 'llms',
  'video generation', 'generative', 'benchmark', 'api', 'dataset', 'robot', 'robots', 'tech', 'technology',
  'computing', 'inference', 'chatbot', 'prompt', 'prompts', 'launched', 'released',
];
