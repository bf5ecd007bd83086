declare module 'write-good' {
  export default function writeGood(text: string, options?: object): { index: number; offset: number; reason: string }[];
}
