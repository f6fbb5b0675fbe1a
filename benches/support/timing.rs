//! Timing for the benchmarks that check ratios (`scaling`, `chart_frame`):
//! medians over samples of at least 20 ms, and two measurements taken in
//! turn so that a busy machine slows both alike.

use std::time::{Duration, Instant};

/// How many calls of `f` fill a sample of about 20 ms (after one warm-up
/// call), and how long that call took.
fn calls_per_sample(f: &mut impl FnMut()) -> (u32, Duration) {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(50));
    let calls = (Duration::from_millis(20).as_nanos() / once.as_nanos()).clamp(1, 100_000);
    (u32::try_from(calls).unwrap_or(100_000), once)
}

/// The time of one call of `f`, over a sample of `calls` calls.
fn sample(f: &mut impl FnMut(), calls: u32) -> Duration {
    let start = Instant::now();
    for _ in 0..calls {
        f();
    }
    start.elapsed() / calls
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The median time of one call of `f`.
pub fn measure(mut f: impl FnMut()) -> Duration {
    let (calls, once) = calls_per_sample(&mut f);
    let samples = if once > Duration::from_millis(200) {
        7
    } else {
        11
    };
    median((0..samples).map(|_| sample(&mut f, calls)).collect())
}

/// The median times of one call of `f` and of `g`, their samples taken in
/// turn.
#[allow(dead_code, reason = "only some benchmarks compare two in turn")]
pub fn measure_pair(mut f: impl FnMut(), mut g: impl FnMut()) -> (Duration, Duration) {
    let times = measure_in_turn(&mut [&mut f, &mut g]);
    (times[0], times[1])
}

/// A ratio of two timings, and the timings.
#[allow(dead_code, reason = "only some benchmarks take ratios")]
pub struct Ratio {
    /// The median time of one call of `f`.
    pub f: Duration,
    /// The median time of one call of `g`.
    pub g: Duration,
    /// The median over rounds of f's sample over g's sample taken right
    /// after it: a machine that slows down for a while slows both samples
    /// of a round alike, so this wanders less than the ratio of medians.
    pub ratio: f64,
}

/// How much slower `f` is than `g`, their samples taken in turn.
#[allow(dead_code, reason = "only some benchmarks take ratios")]
pub fn ratio(mut f: impl FnMut(), mut g: impl FnMut()) -> Ratio {
    let (nf, _) = calls_per_sample(&mut f);
    let (ng, _) = calls_per_sample(&mut g);
    let mut fs = Vec::new();
    let mut gs = Vec::new();
    let mut ratios = Vec::new();
    for _ in 0..31 {
        let a = sample(&mut f, nf);
        let b = sample(&mut g, ng);
        ratios.push(a.as_secs_f64() / b.as_secs_f64().max(1e-12));
        fs.push(a);
        gs.push(b);
    }
    ratios.sort_by(f64::total_cmp);
    Ratio {
        f: median(fs),
        g: median(gs),
        ratio: ratios[ratios.len() / 2],
    }
}

/// The median time of one call of each of `fs`, their samples taken in
/// turn.
#[allow(dead_code, reason = "only some benchmarks compare several in turn")]
pub fn measure_in_turn(fs: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let calls: Vec<u32> = fs
        .iter_mut()
        .map(|f| calls_per_sample(&mut || f()).0)
        .collect();
    let mut times = vec![Vec::new(); fs.len()];
    for _ in 0..21 {
        for ((f, &n), t) in fs.iter_mut().zip(&calls).zip(&mut times) {
            t.push(sample(&mut || f(), n));
        }
    }
    times.into_iter().map(median).collect()
}
