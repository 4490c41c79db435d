// README.txt's part on trusted timestamps: what each token is over, and the `openssl ts -verify`
// command that checks it, in the case's language. Present only when the bundle holds tokens.

import type { CaseLanguage } from '../case';
import { MANIFEST_CHAIN_PATH, MANIFEST_TOKEN_PATH, type ManifestTimestamp } from './timestamps';

const ROOT_ZH = '<时间戳机构的根证书.pem>';
const ROOT_EN = '<the authority root certificate.pem>';

function command(t: ManifestTimestamp, root: string): string {
  // A log head is a hash of the log's last entry, not a file: openssl checks it as a digest.
  const over = t.subject === 'original' ? `-data "${t.of}"` : `-digest ${t.imprintSha256}`;
  return `openssl ts -verify -in ${t.path} ${over} -CAfile ${root} -untrusted ${t.chain}`;
}

function lines(records: readonly ManifestTimestamp[], root: string, describe: (t: ManifestTimestamp) => string) {
  return records.map((t) => `  ${describe(t)}\n    ${command(t, root)}`).join('\n');
}

export function timestampReadme(language: CaseLanguage, records: readonly ManifestTimestamp[]): string {
  if (records.length === 0) return '';
  const manifestCmd = (root: string) =>
    `openssl ts -verify -in ${MANIFEST_TOKEN_PATH} -data manifest.json -CAfile ${root} ` +
    `-untrusted ${MANIFEST_CHAIN_PATH}`;
  if (language === 'zh-CN') {
    const describe = (t: ManifestTimestamp) =>
      t.subject === 'original'
        ? `证据 ${t.exhibit}：${t.authority} 于 ${t.genTime} 对 ${t.of} 的 SHA-256 加盖的可信时间戳`
        : `证据 ${t.exhibit}：${t.authority} 于 ${t.genTime} 对录制日志链末端哈希（${t.of} 中 log.head）加盖的可信时间戳`;
    return `
三、可信时间戳（RFC 3161）
用户开启了可信时间戳：每项证据采集后，仅将其 SHA-256 哈希值（不含任何内容）发送给所选的时间戳机构，
机构签发的时间戳令牌（.tsr）和机构的证书链（.pem）保存在 timestamps/ 目录中，并列入 manifest.json。
时间戳证明该文件在机构签发的时间之前已经存在且此后未被改动。请从时间戳机构官方网站取得其根证书，
不要使用证据包内的证书作为信任依据。在解压后的文件夹中逐条执行（需安装 OpenSSL），显示“Verification: OK”即为通过：
${lines(records, ROOT_ZH, describe)}
  导出时对 manifest.json 加盖的时间戳（如有）：
    ${manifestCmd(ROOT_ZH)}
聊天录制的 .json 记录中含有按保存批次串联的哈希日志（log），每条日志记录都包含上一条的哈希值；
删除或改动任何一条消息都会使日志链断开。npm run verify 会重新计算整条日志链并核对全部时间戳。
`;
  }
  const describe = (t: ManifestTimestamp) =>
    t.subject === 'original'
      ? `${t.exhibit}: token from ${t.authority} at ${t.genTime} over the SHA-256 of ${t.of}`
      : `${t.exhibit}: token from ${t.authority} at ${t.genTime} over the head of the recording log ` +
        `(log.head in ${t.of})`;
  return `
3. Trusted timestamps (RFC 3161)
The user turned trusted timestamps on: after each capture, only its SHA-256 hash (none of the content) was sent
to the chosen time-stamping authority. The authority's tokens (.tsr) and certificate chains (.pem) are in
timestamps/ and listed in manifest.json. A token proves the file existed, unchanged, at the authority's time.
Get the authority's root certificate from the authority itself; do not trust a root certificate found in this
bundle. Run each line inside the unzipped folder (needs OpenSSL); "Verification: OK" means the token holds:
${lines(records, ROOT_EN, describe)}
  The token over manifest.json taken at export (when present):
    ${manifestCmd(ROOT_EN)}
Recorded chats carry a hash-chained log in their .json record (log): each save's entry covers the one before,
so removing or editing any message breaks the chain. npm run verify recomputes the chain and checks every token.
`;
}
