/** A fixed x86_64 Linux host for unit tests that evaluate directives. */
import type { HostInfo } from '../src/directives/conditions.js';

export const LINUX_HOST: HostInfo = {
  triple: 'x86_64-unknown-linux-gnu', os: 'linux', arch: 'x86_64', env: 'gnu', abi: '', families: ['unix'],
  pointerWidth: 64, endian: 'little', panicStrategy: 'unwind', hasAtomic: ['8', '16', '32', '64', 'ptr'],
  channel: 'stable', llvmVersion: '22.1.2', backend: 'llvm',
};
