// README.txt: what the bundle holds and how anyone can check it was not altered, written for the
// person who receives it (provider, regulator, lawyer) in the case's language.

import type { CaseLanguage } from '../case';
import { toCrlf } from './html';
import { timestampReadme } from './readmeTimestamps';
import type { ManifestTimestamp } from './timestamps';

export interface ReadmeInput {
  language: CaseLanguage;
  caseTitle: string;
  provider: string;
  createdAt: string;
  generator: string;
  zipName: string;
  exhibitCount: number;
  hasMarkdownLetter: boolean;
  /** case.json is in the bundle (Proofpack's own copy of the case, for Import bundle). */
  hasCaseFile?: boolean;
  /** The exhibits' trusted timestamps, when the bundle holds any. */
  timestamps?: readonly ManifestTimestamp[];
}

// Every listed file checked in one go; member enumeration flattens items[].files (PowerShell 3+).
const POWERSHELL = `$m = Get-Content manifest.json -Raw -Encoding UTF8 | ConvertFrom-Json
@($m.items.files) + @($m.letter.files) + @($m.files) + @($m.timestamps | Where-Object { $_ }) | ForEach-Object {
  $h = (Get-FileHash -Algorithm SHA256 -LiteralPath $_.path).Hash.ToLower()
  if ($h -eq $_.sha256) { "OK      $($_.path)" } else { "CHANGED $($_.path)" } }`;

const JQ = `jq -r '(.items[].files[], .letter.files[], .files[], .timestamps[]?) | "\\(.sha256)  \\(.path)"' \
manifest.json | sha256sum -c`;

const CASE_FILE_LINE =
  'case.json               The case as Proofpack stores it, so Proofpack can import this bundle again';

function chinese(r: ReadmeInput): string {
  const md = r.hasMarkdownLetter ? '\nletter/complaint.md     投诉信 Markdown 版本' : '';
  return `投诉证据包说明
================

投诉事项：${r.caseTitle}
被投诉方：${r.provider}
导出时间：${r.createdAt}
生成工具：${r.generator}（在用户本机生成，未经任何服务器）
证据数量：${r.exhibitCount} 项

一、包内文件
index.html              离线查看页面，直接用浏览器打开即可查看投诉信、事件时间线和全部证据，无需联网
letter/complaint.txt    投诉信纯文本，可直接粘贴到投诉网站的表单中
letter/complaint.html   投诉信排版版本，适合以 A4 纸张打印${md}
evidence/               证据材料，按证据编号（E01、E02……）排列：
                        截图为采集时保存的原始 PNG 文件；
                        客服聊天记录为 .json 原始记录，另附 .txt 和 .html 阅读版本
communications.csv      与被投诉方的沟通记录（UTF-8 编码，可用 Excel 或 WPS 打开）
timeline.csv            按时间顺序排列的事件记录${r.hasCaseFile ? '\ncase.json               供 Proofpack“导入证据包”恢复本投诉使用的数据' : ''}
manifest.json           文件清单：列明除自身外每个文件的大小和 SHA-256 校验值，以及每项证据的采集时间和网址
manifest.sha256         manifest.json 本身的 SHA-256 校验值

说明：截图的校验值是在采集当时根据原始图片计算的，此后从未重新计算。
表格文件中以 = + - @ 开头的内容前加有单引号（'），以防被电子表格软件当作公式执行；原始内容以 evidence/ 中的记录为准。

二、如何核对文件未被修改
第一步，核对清单本身（在解压后的文件夹中执行）：
  Linux：          sha256sum -c manifest.sha256
  macOS：          shasum -a 256 -c manifest.sha256
  Windows PowerShell：
    (Get-FileHash -Algorithm SHA256 manifest.json).Hash
    将输出与 manifest.sha256 中的数值对照（大小写不影响）。
结果为“OK”或数值一致，即说明 manifest.json 未被改动。

第二步，核对清单中列出的每个文件：
  Linux / macOS（需安装 jq；macOS 请将 sha256sum -c 换成 shasum -a 256 -c）：
    ${JQ}
  Windows PowerShell：
${POWERSHELL.replace(/^/gm, '    ')}
  也可以逐个计算文件的 SHA-256，与 manifest.json 或 index.html 中列出的数值对照。

第三步（可选），使用 Proofpack 自带的校验程序一次完成全部核对：
  在 Proofpack 源代码目录中执行  npm run verify -- ${r.zipName}（也可以是解压后的文件夹）
  全部一致时显示 OK；如有文件缺失、被改动或被额外加入，会逐一列出。
  不便使用命令行时，可用浏览器打开 index.html，在“校验本证据包”处选择或拖入本 zip 文件或解压后的文件夹，
  页面会逐个核对文件并显示“完好”或“已改动”（不联网；该页面用的是证据包自带的校验程序）。
`;
}

function english(r: ReadmeInput): string {
  const md = r.hasMarkdownLetter ? '\nletter/complaint.md     The letter in Markdown' : '';
  return `Complaint evidence bundle
=========================

Case:      ${r.caseTitle}
Provider:  ${r.provider}
Exported:  ${r.createdAt}
Generator: ${r.generator} (made on the user's own computer; nothing passed through a server)
Exhibits:  ${r.exhibitCount}

1. What is inside
index.html              Offline viewer: open it in any browser to read the letter, the timeline and every exhibit. \
No network needed.
letter/complaint.txt    The complaint letter as plain text, ready to paste into a web form
letter/complaint.html   The same letter laid out for printing on A4${md}
evidence/               The exhibits, in exhibit order (E01, E02, ...):
                        screenshots are the original PNG files as captured;
                        support chats are the original .json record, with .txt and .html copies for reading
communications.csv      Every contact with the provider (UTF-8; opens in Excel, LibreOffice, Numbers)
timeline.csv            Every event of the case in time order${r.hasCaseFile ? `\n${CASE_FILE_LINE}` : ''}
manifest.json           Index: the size and SHA-256 of every other file, and each exhibit's capture time and address
manifest.sha256         The SHA-256 of manifest.json itself

A screenshot's SHA-256 was computed from the image at the moment it was captured and never recomputed.
In the CSV files, a cell starting with = + - or @ has a leading apostrophe (') so spreadsheet programs do not
run it as a formula; the records in evidence/ hold the text as captured.

2. How to check that nothing was changed
Step 1, the index itself (run inside the unzipped folder):
  Linux:               sha256sum -c manifest.sha256
  macOS:               shasum -a 256 -c manifest.sha256
  Windows PowerShell:  (Get-FileHash -Algorithm SHA256 manifest.json).Hash
                       then compare with the value in manifest.sha256 (letter case does not matter).
"OK", or equal values, means manifest.json is unchanged.

Step 2, every file the index lists:
  Linux / macOS (needs jq; on macOS use shasum -a 256 -c instead of sha256sum -c):
    ${JQ}
  Windows PowerShell:
${POWERSHELL.replace(/^/gm, '    ')}
  Or compute any single file's SHA-256 and compare it with manifest.json or index.html.

Step 3 (optional), all of the above in one go with Proofpack's verifier, from a copy of the Proofpack source:
  npm run verify -- ${r.zipName}   (or the unzipped folder)
  It prints OK when everything matches, and lists each file that is missing, changed or extra.
  Without a command line: open index.html, and under "Check this bundle" choose or drop this zip or the
  unzipped folder; the page checks every file and shows Intact or Altered (offline, with the copy of the
  checker that the bundle itself carries).
`;
}

export function readmeText(input: ReadmeInput): string {
  const body = input.language === 'zh-CN' ? chinese(input) : english(input);
  return toCrlf(body + timestampReadme(input.language, input.timestamps ?? []));
}
