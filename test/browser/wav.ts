/**
 * A small WAV recording written by the test: mono 8-bit PCM at 8 kHz, a quiet tone whose pitch
 * changes every few seconds, so that a player has something real to play and seek in.
 */
export function toneWav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const wav = Buffer.alloc(44 + samples);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28); // bytes per second
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i++) {
    const pitch = 220 * (1 + (Math.floor(i / rate / 4) % 4) / 4);
    wav[44 + i] = 128 + Math.round(20 * Math.sin((2 * Math.PI * pitch * i) / rate));
  }
  return wav;
}
