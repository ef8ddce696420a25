import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArtefactFile } from '../compiled/artefact-file.js';
import { dictionaryDir } from '../dictionaries.js';
import type { ContextModelData } from './context-model-data.js';
import { ContextModel } from './context-model.js';

/** Where the model lives in dictionaries/: committed data, used by src/ and dist/ alike (not copied into dist/). */
export const CONTEXT_MODEL_FILE = 'spelling/context-model.bin';

let loaded: ContextModel | undefined;

/** The context model, read once per process on first use (12 MB, used in place: a start that never checks spelling never reads it). */
export function loadContextModel(): ContextModel {
  if (loaded) return loaded;
  const file = join(dictionaryDir(), CONTEXT_MODEL_FILE);
  if (!existsSync(file)) throw new Error(`gongwen: 缺少上下文语言模型 dictionaries/${CONTEXT_MODEL_FILE}（安装不完整？）`);
  const data = readArtefactFile(file, readFileSync(file)) as ContextModelData;
  if (!data || !(data.chars instanceof Uint16Array) || data.tables?.length !== 3) throw new Error(`gongwen: 上下文语言模型 dictionaries/${CONTEXT_MODEL_FILE} 已损坏，请重新安装`);
  return (loaded = new ContextModel(data));
}
