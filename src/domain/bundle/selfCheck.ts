// The "Check this bundle" section of index.html: a recipient drops the zip or the unzipped folder on
// it and sees Intact / Altered per file, checked in the page (export/bundleCheck/ holds the script).
// The section stays hidden unless the script runs; the script reads its words from data- attributes.
import { escapeHtml } from './html';

export interface SelfCheckLabels {
  heading: string;
  help: string;
  drop: string;
  pickZip: string;
  pickFolder: string;
  checking: string;
  /** `{n}`: how many files were checked. */
  intact: string;
  altered: string;
  notBundle: string;
  unreadable: string;
  unreadableFolder: string;
  unsupported: string;
  fileIntact: string;
  fileChanged: string;
  fileMissing: string;
  fileExtra: string;
  fileIgnored: string;
  problems: string;
  stampsUnchecked: string;
  independent: string;
}

export const SELF_CHECK_ZH: SelfCheckLabels = {
  heading: '校验本证据包',
  help: '选择或拖入本证据包的 zip 文件或解压后的文件夹，即可核对导出后是否有文件被改动。校验在本页面内完成，不会上传任何内容。',
  drop: '将 zip 文件或文件夹拖到此处',
  pickZip: '选择 zip 文件',
  pickFolder: '选择文件夹',
  checking: '正在校验……',
  intact: '完好：{n} 个文件均与 manifest.json 记录的 SHA-256 一致。',
  altered: '已被改动：此证据包与导出时不一致。',
  notBundle: '这不是 Proofpack 证据包（没有可用的 manifest.json）。',
  unreadable: '无法读取该 zip 文件：',
  unreadableFolder: '无法读取该文件夹中的文件：',
  unsupported: '此浏览器无法在页面内校验（需要 WebCrypto 和 DecompressionStream），请按 README.txt 所述方法校验。',
  fileIntact: '完好',
  fileChanged: '已改动',
  fileMissing: '缺失',
  fileExtra: '清单中没有',
  fileIgnored: '不属于证据包，已忽略',
  problems: '问题',
  stampsUnchecked: '本页面不校验可信时间戳，校验方法见 README.txt（npm run verify 或 openssl）。',
  independent: '本页面使用证据包自带的校验程序；如需独立核对，可按 README.txt 使用 sha256sum 或 npm run verify。',
};

export const SELF_CHECK_EN: SelfCheckLabels = {
  heading: 'Check this bundle',
  help:
    'Choose or drop this bundle’s zip or its unzipped folder to see whether any file changed since it was ' +
    'exported. The check runs in this page; nothing is sent anywhere.',
  drop: 'Drop the zip or the folder here',
  pickZip: 'Choose the zip',
  pickFolder: 'Choose the folder',
  checking: 'Checking…',
  intact: 'Intact: all {n} files match their SHA-256 in manifest.json.',
  altered: 'Altered: this bundle is not as it was exported.',
  notBundle: 'This is not a Proofpack bundle (no usable manifest.json).',
  unreadable: 'This file cannot be read as a zip: ',
  unreadableFolder: 'A file in this folder cannot be read: ',
  unsupported:
    'This browser cannot run the check in the page (it needs WebCrypto and DecompressionStream): ' +
    'follow README.txt instead.',
  fileIntact: 'Intact',
  fileChanged: 'Altered',
  fileMissing: 'Missing',
  fileExtra: 'Not in the manifest',
  fileIgnored: 'Not part of the bundle, ignored',
  problems: 'Problems',
  stampsUnchecked: 'Trusted timestamps are not checked in this page: README.txt says how (npm run verify or openssl).',
  independent:
    'This page checks with the copy of the rules the bundle carries; for an independent check use ' +
    'sha256sum or npm run verify as README.txt explains.',
};

const KEYS = Object.keys(SELF_CHECK_EN) as (keyof SelfCheckLabels)[];

export function selfCheckSectionHtml(labels: SelfCheckLabels): string {
  const data = KEYS.map((k) => `data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(labels[k])}"`);
  return `<section id="check" hidden ${data.join(' ')}>
<h2>${escapeHtml(labels.heading)}</h2>
<p>${escapeHtml(labels.help)}</p>
<div class="check-drop" id="check-drop"><p>${escapeHtml(labels.drop)}</p>
<label class="check-pick">${escapeHtml(labels.pickZip)}
<input type="file" id="check-zip" accept=".zip,application/zip"></label>
<label class="check-pick">${escapeHtml(labels.pickFolder)}
<input type="file" id="check-folder" webkitdirectory multiple></label>
</div>
<p id="check-verdict" class="check-verdict" role="status"></p>
<div id="check-result"></div>
<p class="check-note">${escapeHtml(labels.independent)}</p>
</section>`;
}

export const SELF_CHECK_CSS = `#check { border: 1px solid #ccc; padding: 8px 16px; margin: 16px 0; }
.check-drop { border: 2px dashed #888; padding: 12px; display: flex; flex-wrap: wrap; gap: 8px 16px; \
align-items: center; }
.check-drop.over { border-color: #0b57d0; background: #eef3fd; }
.check-drop p { flex-basis: 100%; margin: 0; }
.check-verdict { font-weight: bold; font-size: 1.1em; }
.check-verdict.intact { color: #0a6b2d; } .check-verdict.altered { color: #b00020; }
.check-files { list-style: none; padding: 0; } .check-files li { overflow-wrap: anywhere; }
.check-status { display: inline-block; min-width: 9em; font-weight: bold; }
.check-files .altered { color: #b00020; font-weight: bold; } .check-files .intact { color: #0a6b2d; }
.check-note { color: #555; font-size: 0.9em; }`;
