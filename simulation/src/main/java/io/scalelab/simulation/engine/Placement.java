package io.scalelab.simulation.engine;

import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.region.AvailabilityZone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things run: the zones of each station (its own, or {@link Model#ASSUMED_ZONES_PER_REGION}
 * assumed ones). Which stations run on another service's instances is {@link Model#pool}.
 */
final class Placement {

  final List<String> zoneNames = new ArrayList<>();
  final int[][] stationZones;

  Placement(Design design) {
    List<Component> cs = design.components();
    int n = cs.size();
    stationZones = new int[n][];
    Map<String, Integer> zoneIndex = new HashMap<>();
    for (int s = 0; s < n; s++) {
      Component c = cs.get(s);
      List<String> zones = new ArrayList<>();
      if (!c.region().isGlobal()) {
        if (c.zones().isEmpty()) {
          for (int k = 0; k < Model.ASSUMED_ZONES_PER_REGION; k++) {
            zones.add(c.region().code() + (char) ('a' + k));
          }
        } else {
          c.zones().stream().map(AvailabilityZone::name).forEach(zones::add);
        }
      }
      stationZones[s] = new int[zones.size()];
      for (int k = 0; k < zones.size(); k++) {
        String z = zones.get(k);
        Integer id = zoneIndex.get(z);
        if (id == null) {
          id = zoneNames.size();
          zoneNames.add(z);
          zoneIndex.put(z, id);
        }
        stationZones[s][k] = id;
      }
    }
  }

  /** The zone id of a zone name, or -1 when no station of the design is in it. */
  int zone(String name) {
    return zoneNames.indexOf(name);
  }
}
