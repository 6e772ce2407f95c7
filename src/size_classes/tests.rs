use super::*;
use std::sync::Mutex;

/// Test memory: one page-aligned region handed out in page steps, as `memory.grow` does.
static REGION: Mutex<(usize, usize)> = Mutex::new((0, 0));
const REGION_PAGES: usize = 2048;

fn grow(pages: usize) -> Option<usize> {
    let mut r = REGION.lock().unwrap();
    if r.1 == 0 {
        let layout = Layout::from_size_align(REGION_PAGES * PAGE, PAGE).unwrap();
        r.0 = unsafe { std::alloc::alloc(layout) } as usize;
    }
    let at = r.0 + r.1 * PAGE;
    r.1 += pages;
    (r.1 <= REGION_PAGES).then_some(at)
}

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

#[test]
fn classes_are_powers_of_two_from_16_bytes() {
    assert_eq!(class(layout(0, 1)), Some((16, 0)));
    assert_eq!(class(layout(16, 8)), Some((16, 0)));
    assert_eq!(class(layout(17, 1)), Some((32, 1)));
    assert_eq!(class(layout(3, 64)), Some((64, 2)));
    assert_eq!(class(layout(100_000, 8)), Some((131_072, 13)));
    assert_eq!(class(layout(MAX_BLOCK, 8)), Some((MAX_BLOCK, CLASSES - 1)));
    assert_eq!(class(layout(MAX_BLOCK + 1, 8)), None);
    assert_eq!(class(layout(8, PAGE * 2)), None);
}

#[test]
fn blocks_are_aligned_disjoint_and_keep_what_is_written() {
    let mut heap = Heap::new(grow);
    let mut live: Vec<(usize, Layout, u8)> = Vec::new();
    let mut seed = 7u32;
    for i in 0..4000u32 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let size = [1, 8, 16, 24, 100, 500, 4096, 5000, 70_000][(seed >> 16) as usize % 9];
        let align = [1, 8, 16, 64, 4096][(seed >> 8) as usize % 5];
        let l = layout(size, align);
        let p = unsafe { heap.alloc(l) };
        assert!(!p.is_null() && p as usize % align == 0, "alloc {size}/{align}");
        let fill = (i % 251) as u8;
        unsafe { std::ptr::write_bytes(p, fill, size) };
        live.push((p as usize, l, fill));
        if seed % 3 == 0 {
            let (q, l, fill) = live.swap_remove((seed as usize / 3) % live.len());
            let bytes = unsafe { std::slice::from_raw_parts(q as *const u8, l.size()) };
            assert!(bytes.iter().all(|b| *b == fill), "a block was overwritten");
            unsafe { heap.dealloc(q as *mut u8, l) };
        }
    }
    live.sort_by_key(|b| b.0);
    for w in live.windows(2) {
        assert!(w[0].0 + w[0].1.size() <= w[1].0, "blocks overlap");
    }
    for (p, l, fill) in live {
        let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, l.size()) };
        assert!(bytes.iter().all(|b| *b == fill), "a block was overwritten");
    }
}

#[test]
fn freed_blocks_are_reused_and_realloc_keeps_the_bytes() {
    let mut heap = Heap::new(grow);
    let a = unsafe { heap.alloc(layout(40, 8)) };
    unsafe { heap.dealloc(a, layout(40, 8)) };
    assert_eq!(unsafe { heap.alloc(layout(64, 8)) }, a, "same class: the freed block comes back");
    let b = unsafe { heap.alloc(layout(10, 1)) };
    unsafe { std::ptr::copy_nonoverlapping(b"0123456789".as_ptr(), b, 10) };
    assert_eq!(unsafe { heap.realloc(b, layout(10, 1), 16) }, b, "still fits its class");
    let c = unsafe { heap.realloc(b, layout(16, 1), 1000) };
    assert_ne!(c, b);
    assert_eq!(unsafe { std::slice::from_raw_parts(c, 10) }, b"0123456789");
}

#[test]
fn a_repeated_pattern_needs_no_more_memory() {
    let mut heap = Heap::new(grow);
    let round = |heap: &mut Heap| {
        let mut blocks = Vec::new();
        for size in (1..300).map(|i| i * 37 % 9000 + 1) {
            let l = layout(size, 8);
            blocks.push((unsafe { heap.alloc(l) }, l));
        }
        for (p, l) in blocks.into_iter().rev() {
            unsafe { heap.dealloc(p, l) };
        }
    };
    round(&mut heap);
    let grown = heap.end;
    for _ in 0..50 {
        round(&mut heap);
    }
    assert_eq!(heap.end, grown);
}
