//! DOL OFLC prevailing wages 2025-26 for 15-1252: the areas and their four
//! wage levels, read with `serde_json`; and the national Level III derived
//! from BLS with the OFLC method.

use std::collections::HashMap;

use bdsc_core::survey::{factor_tenths, Metro};
use serde_json::Value;

/// The areas file, relative to the shared data folder.
pub const AREAS_FILE: &str = "dol-oflc-prevailing-wage-2025-26/areas.json";
/// The wages file, relative to the shared data folder.
pub const WAGES_FILE: &str = "dol-oflc-prevailing-wage-2025-26/wages_15-1252.json";

/// One DOL OFLC area with its four wage levels in cents per hour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// OFLC area code.
    pub id: u32,
    /// Area name.
    pub name: String,
    /// Two-letter state.
    pub state: String,
    /// Levels I–IV, cents per hour.
    pub cents: [u32; 4],
}

impl Area {
    /// The core's [`Metro`] for this area against a national Level III.
    pub fn to_metro(&self, national_l3_cents: f64) -> Metro {
        let [l1_cents, l2_cents, l3_cents, l4_cents] = self.cents;
        Metro {
            id: self.id,
            name: self.name.clone(),
            state: self.state.clone(),
            l1_cents,
            l2_cents,
            l3_cents,
            l4_cents,
            factor_tenths_pct: factor_tenths(l3_cents, national_l3_cents),
        }
    }
}

/// Areas with their wages, sorted by id, from the two JSON texts.
pub fn parse(areas_json: &str, wages_json: &str) -> Result<Vec<Area>, String> {
    let areas: Value = serde_json::from_str(areas_json).map_err(|e| format!("areas.json: {e}"))?;
    let wages: Value = serde_json::from_str(wages_json).map_err(|e| format!("wages: {e}"))?;
    let mut names = HashMap::new();
    for a in areas.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let id = a
            .get("id")
            .and_then(Value::as_str)
            .ok_or("areas.json: id")?;
        let name = a
            .get("name")
            .and_then(Value::as_str)
            .ok_or("areas.json: name")?;
        let state = a.get("state").and_then(Value::as_str).unwrap_or("");
        names.insert(id.to_string(), (name.to_string(), state.to_string()));
    }
    let mut out = Vec::new();
    for w in wages
        .get("wages")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let id = w
            .get("area_id")
            .and_then(Value::as_str)
            .ok_or("wages: area_id")?;
        let (name, state) = names
            .get(id)
            .cloned()
            .ok_or_else(|| format!("area {id} has no name"))?;
        let mut cents = [0u32; 4];
        for (i, k) in ["l1", "l2", "l3", "l4"].iter().enumerate() {
            // Numbers only, as before: a wage given as a string is an error.
            let v = w
                .get(k)
                .filter(|v| v.is_number())
                .and_then(Value::as_f64)
                .ok_or_else(|| format!("area {id}: {k}"))?;
            cents[i] = (v * 100.0).round() as u32;
        }
        out.push(Area {
            id: id.parse().map_err(|_| format!("area id {id}"))?,
            name,
            state,
            cents,
        });
    }
    out.sort_by_key(|a| a.id);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wages_to_area_names_sorted_by_id() {
        let areas = r#"[{"id":"41860","name":"San Francisco","state":"CA"},{"id":"14460","name":"Boston","state":"MA"}]"#;
        let wages = r#"{"wages":[{"area_id":"41860","l1":50.1,"l2":60,"l3":90.18,"l4":100},{"area_id":"14460","l1":40,"l2":50,"l3":74.33,"l4":80}]}"#;
        let a = parse(areas, wages).unwrap();
        assert_eq!(
            a.iter().map(|x| x.id).collect::<Vec<_>>(),
            vec![14460, 41860]
        );
        assert_eq!(a[1].cents, [5010, 6000, 9018, 10000]);
        assert_eq!(a[0].to_metro(7000.0).factor_tenths_pct, 62);
        assert!(parse(
            areas,
            r#"{"wages":[{"area_id":"1","l1":1,"l2":2,"l3":3,"l4":4}]}"#
        )
        .is_err());
        assert!(parse("[", wages).is_err());
    }
}
