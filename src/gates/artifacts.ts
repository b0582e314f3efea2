import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { Minimatch } from 'minimatch';
import type { RepoRef } from '../core/plan';
import type { GitHub } from '../core/port';

/** Bounds for an artifact archive: it comes from a fork PR's run and is treated as hostile. */
export interface ZipLimits {
  /** The archive itself (bytes). */
  maxZipBytes: number;
  /** All entries together, uncompressed (bytes), counted as they inflate. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, over the whole archive. */
  maxRatio: number;
  maxEntries: number;
  /**
   * Bytes left for all archives of the run together, shared and spent as they inflate: many
   * archives that each stay under `maxTotalBytes` must not add up to gigabytes on disk.
   */
  budget?: { left: number; total: number };
}

export class ArtifactError extends Error {
  override name = 'ArtifactError';
}

/** A relative path inside `root`, or a reason why the entry name is refused. */
export function safeEntryPath(name: string): string | { refused: string } {
  if (name.includes('\0')) return { refused: 'a NUL character' };
  if (name.includes('\\')) return { refused: 'a backslash' };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { refused: 'an absolute path' };
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return { refused: 'a ".." segment' };
  return parts.join('/');
}

/**
 * Why the bytes inflated so far are too many (the run's shared budget, this archive's total,
 * or its ratio to the compressed size), or undefined while they are within bounds.
 */
function overLimit(total: number, zipBytes: number, limits: ZipLimits): string | undefined {
  if (limits.budget && limits.budget.left < 0)
    return `the artifacts of this run inflate to more than ${limits.budget.total} bytes together (gates.max-artifacts-size)`;
  if (total > limits.maxTotalBytes) return `more than ${limits.maxTotalBytes} bytes uncompressed (a zip bomb?)`;
  if (total > limits.maxRatio * Math.max(zipBytes, 1024))
    return `an uncompressed size over ${limits.maxRatio} times the archive's (a zip bomb?)`;
  return undefined;
}

/**
 * Extracts a zip archive under `root`, streaming each entry to disk while counting the bytes
 * actually inflated (sizes declared in the archive may lie): a zip bomb stops at the total or
 * ratio cap, and a name that would escape `root` refuses the whole archive. Returns the files
 * written, relative to `root`.
 */
export function extractZip(zip: Uint8Array, root: string, limits: ZipLimits, label = 'archive'): string[] {
  if (zip.length > limits.maxZipBytes)
    throw new ArtifactError(
      `${label}: ${zip.length} bytes is over the ${limits.maxZipBytes}-byte limit for an artifact`
    );
  const written: string[] = [];
  let total = 0;
  let entries = 0;
  let problem: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem) return;
    if (++entries > limits.maxEntries) {
      problem = `more than ${limits.maxEntries} entries`;
      return;
    }
    const path = safeEntryPath(file.name);
    if (typeof path !== 'string') {
      problem = `the entry "${file.name.slice(0, 200)}" has ${path.refused}`;
      return;
    }
    if (file.name.endsWith('/') || path === '') return;
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'wx');
    written.push(path);
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = `the entry "${path}" cannot be inflated: ${error.message}`;
        return;
      }
      total += chunk.length;
      if (limits.budget) limits.budget.left -= chunk.length;
      problem = overLimit(total, zip.length, limits);
      if (problem) {
        file.terminate();
        closeSync(fd);
        return;
      }
      writeSync(fd, chunk);
      if (final) closeSync(fd);
    };
    file.start();
  };
  const step = 64 * 1024;
  try {
    for (let i = 0; i < zip.length && !problem; i += step)
      unzip.push(zip.subarray(i, i + step), i + step >= zip.length);
  } catch (error) {
    problem ??= `not a readable zip archive: ${(error as Error).message}`;
  }
  if (problem) throw new ArtifactError(`${label}: refused: ${problem}`);
  return written;
}

interface ArtifactInfo {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
}

/**
 * Downloads the artifacts of a workflow run whose names match `names` and extracts each under
 * `root/<artifact name>/`, within `limits`. Problems with one artifact are reported and do not
 * stop the others.
 */
export async function downloadRunArtifacts(
  github: GitHub,
  repo: RepoRef,
  runId: number,
  names: string[],
  root: string,
  limits: ZipLimits
): Promise<{ files: string[]; errors: string[]; artifacts: string[] }> {
  const globs = names.map((n) => new Minimatch(n, { dot: true }));
  const list = await github.paginate<ArtifactInfo>('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
    ...repo,
    run_id: runId
  });
  const files: string[] = [];
  const errors: string[] = [];
  const artifacts: string[] = [];
  for (const artifact of list) {
    if (artifact.expired || !globs.some((g) => g.match(artifact.name))) continue;
    const folder = safeEntryPath(artifact.name.replace(/[/\\]/g, '_'));
    if (typeof folder !== 'string' || folder === '') {
      errors.push(`artifact "${artifact.name}": refused: not a usable folder name`);
      continue;
    }
    if (limits.budget && limits.budget.left <= 0) {
      errors.push(
        `artifact "${artifact.name}": not downloaded: the run's budget of ${limits.budget.total} bytes for all artifacts is spent (gates.max-artifacts-size)`
      );
      continue;
    }
    if (artifact.size_in_bytes > limits.maxZipBytes) {
      errors.push(
        `artifact "${artifact.name}": ${artifact.size_in_bytes} bytes is over the ${limits.maxZipBytes}-byte limit`
      );
      continue;
    }
    try {
      const response = await github.request<ArrayBuffer>(
        'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        { ...repo, artifact_id: artifact.id, archive_format: 'zip' }
      );
      const zip = new Uint8Array(response.data);
      const extracted = extractZip(zip, join(root, folder), limits, `artifact "${artifact.name}"`);
      files.push(...extracted.map((f) => `${folder}/${f}`));
      artifacts.push(artifact.name);
    } catch (error) {
      rmSync(join(root, folder), { recursive: true, force: true });
      errors.push(
        error instanceof ArtifactError
          ? error.message
          : `artifact "${artifact.name}": download failed: ${(error as Error).message}`
      );
    }
  }
  return { files, errors, artifacts };
}
