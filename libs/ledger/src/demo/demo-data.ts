/** Common given names, so the demo reads like a village list; the families are invented. */
export const WOMEN = [
  'Siti',
  'Nur',
  'Sri',
  'Dewi',
  'Ratna',
  'Yuliani',
  'Aminah',
  'Fatimah',
  'Halimah',
  'Rosmawati',
  'Suryani',
  'Wati',
];
export const MEN = [
  'Ahmad',
  'Muhammad',
  'Budi',
  'Agus',
  'Joko',
  'Hasan',
  'Rahmat',
  'Syahrul',
  'Teuku',
  'Iskandar',
  'Yusuf',
  'Bambang',
];
export const FAMILY = [
  'Aminah',
  'Hidayat',
  'Saputra',
  'Lestari',
  'Rahman',
  'Harahap',
  'Siregar',
  'Nasution',
  'Wulandari',
  'Kurniawan',
];
export const HAMLETS = ['Dusun Mawar', 'Dusun Melati', 'Dusun Kenanga', 'Dusun Cempaka', 'Dusun Anggrek'];
export const TOPICS = [
  'Pembukuan warung',
  'Budidaya ikan lele',
  'Olahan pangan lokal',
  'Menjahit',
  'Pemasaran daring',
];
export const GRIEVANCES = [
  'Bantuan bulan ini belum kami terima.',
  'Tetangga kami yang mampu masuk daftar, kami yang miskin tidak.',
  'Ada pungutan saat pencairan di kantor desa.',
  'Jadwal pencairan tidak diumumkan di papan pengumuman.',
];
