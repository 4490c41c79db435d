// The province-level division a Chinese address starts with: a MIIT appeal goes to the appeal centre of the
// province where the company is (《电信用户申诉处理办法》第九条), so its registered address names the centre.

export interface Province {
  zh: string;
  en: string;
}

const P = (zh: string, en: string): Province => ({ zh, en });

/** The 31 mainland divisions (the MIIT rule covers the mainland only). */
export const PROVINCES: readonly Province[] = [
  P('北京市', 'Beijing'),
  P('天津市', 'Tianjin'),
  P('上海市', 'Shanghai'),
  P('重庆市', 'Chongqing'),
  P('河北省', 'Hebei'),
  P('山西省', 'Shanxi'),
  P('辽宁省', 'Liaoning'),
  P('吉林省', 'Jilin'),
  P('黑龙江省', 'Heilongjiang'),
  P('江苏省', 'Jiangsu'),
  P('浙江省', 'Zhejiang'),
  P('安徽省', 'Anhui'),
  P('福建省', 'Fujian'),
  P('江西省', 'Jiangxi'),
  P('山东省', 'Shandong'),
  P('河南省', 'Henan'),
  P('湖北省', 'Hubei'),
  P('湖南省', 'Hunan'),
  P('广东省', 'Guangdong'),
  P('海南省', 'Hainan'),
  P('四川省', 'Sichuan'),
  P('贵州省', 'Guizhou'),
  P('云南省', 'Yunnan'),
  P('陕西省', 'Shaanxi'),
  P('甘肃省', 'Gansu'),
  P('青海省', 'Qinghai'),
  P('内蒙古自治区', 'Inner Mongolia'),
  P('广西壮族自治区', 'Guangxi'),
  P('西藏自治区', 'Tibet'),
  P('宁夏回族自治区', 'Ningxia'),
  P('新疆维吾尔自治区', 'Xinjiang'),
];

/** `浙江` for 浙江省, `广西` for 广西壮族自治区: the short form an address may start with. */
const shortName = (zh: string): string => zh.replace(/(壮族|回族|维吾尔)?自治区$|[省市]$/, '');

/** The division `address` starts with (after an optional 中国), or undefined: a city alone is not guessed. */
export function provinceOf(address: string | undefined): Province | undefined {
  const a = address?.trim().replace(/^(中华人民共和国|中国)\s*/, '');
  if (!a) return undefined;
  return PROVINCES.find((p) => a.startsWith(p.zh) || a.startsWith(shortName(p.zh)));
}
