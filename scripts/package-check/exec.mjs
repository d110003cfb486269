import { spawn } from 'node:child_process';

/**
 * The environment for child processes: npm, when it runs this script, exports settings that would
 * make a nested `npm install` act on this repository instead of the folder it runs in.
 */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(local_prefix|prefix|global|dry_run|json)|package_|lifecycle_)/i.test(key)) delete env[key];
  }
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  return env;
}

/**
 * Runs a command to completion and resolves with its exit code and output; never rejects,
 * so that a failing command becomes a failing check instead of a crash.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string, output: string }>}
 */
export function exec(command, args, { cwd, env = childEnv(), timeoutMs = 300_000 } = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      stderr += `\n[timed out after ${timeoutMs / 1000}s]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${error.message}`, output: `${stdout}${stderr}${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr, output: `${stdout}${stderr}` });
    });
  });
}

/** The first line of output that says something, for a one-line failure reason. */
export function firstLine(text, pattern = /\S/) {
  const line = text.split('\n').find((l) => pattern.test(l)) ?? text.split('\n').find((l) => /\S/.test(l)) ?? '';
  return line.trim().slice(0, 240);
}

/** A check failure: its message is the one-line reason printed next to FAIL. */
export class CheckError extends Error {}

/** Fails the current check with `reason` unless `condition` holds. */
export function ensure(condition, reason) {
  if (!condition) throw new CheckError(reason);
}
