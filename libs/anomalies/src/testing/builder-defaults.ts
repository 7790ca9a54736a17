import { PROGRAMME, VILLAGE } from './fixtures.js';

/** What the builder fills in unless a test says otherwise: one plausible family, payment, session. */
export interface Registration {
  villageCode: string;
  programmeId: string;
  /** The NIK before treatment: the builder turns it into a token and a masked form. */
  nik: string;
  sourceList: string;
  otherAid: string[];
}

export const registrationDefaults: Registration = {
  villageCode: VILLAGE,
  programmeId: PROGRAMME,
  nik: '1101014507800001',
  sourceList: 'P3KE',
  otherAid: [],
};

export interface Payment {
  paymentId: string;
  amount: number;
  paidOn: string;
}

export interface Session {
  programmeId: string;
  villageCode: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
}

export const sessionDefaults: Session = {
  programmeId: PROGRAMME,
  villageCode: VILLAGE,
  place: 'Balai Desa',
  startsAt: '2024-04-02T02:00:00Z',
  endsAt: '2024-04-02T05:00:00Z',
  capacity: 30,
};
