import type { RegionState, ZoneState } from './machines';

/** Regions, their Availability Zones and one subnet per AZ: the places everything else runs in. */
export interface PlacesSlice {
  regions: Region[];
  zones: Zone[];
  subnets: Subnet[];
}

export interface Region {
  id: string;
  state: RegionState;
  deadlineTick: number;
  zoneIds: string[];
}

export interface Zone {
  id: string;
  regionId: string;
  state: ZoneState;
  /** When the current transitional state (recovering) ends. */
  deadlineTick: number;
  /** Launches into this zone fail with InsufficientInstanceCapacity while tick < this. */
  launchBlockedUntilTick: number;
}

export interface Subnet {
  id: string;
  zoneId: string;
}
