/**
 * Rust editions, as the syntax layer sees them (the same strings as `--edition`).
 */
export type Edition = '2015' | '2018' | '2021' | '2024';

export function atLeast2018(e: Edition): boolean {
  return e !== '2015';
}

export function atLeast2021(e: Edition): boolean {
  return e === '2021' || e === '2024';
}

export function atLeast2024(e: Edition): boolean {
  return e === '2024';
}
