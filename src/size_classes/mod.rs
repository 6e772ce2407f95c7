//! The wasm module's memory allocator: power-of-two size classes, each a free list, carved from
//! memory the module grows. Replaces the default dlmalloc (BENCHMARKS.md, "P2/P3: render
//! speed"): an allocation is a list pop or a pointer bump, a free is a list push (Rust tells
//! `dealloc` the size, so blocks need no header), and the code is a fraction of dlmalloc's.
//! The price is rounding up to a power of two and no coalescing; a call's allocations follow the
//! same pattern document after document, so freed blocks are reused (peak memory in
//! BENCHMARKS.md). The wasm module is single-threaded (no `atomics` target feature).

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// The smallest block (a free block holds the next pointer; 16 keeps every `u128` aligned).
const MIN: usize = 16;
/// Classes 16 B, 32 B, … 2 GiB.
const CLASSES: usize = 28;
const MAX_BLOCK: usize = MIN << (CLASSES - 1);
/// wasm page.
pub const PAGE: usize = 65536;
/// Memory is grown at least this much at a time (1 MiB), and by half of what it has so far:
/// `memory.grow` is slow in V8 (~3 % of a 10,000-document `lintDocuments` when grown by 1 MiB).
const GROW_PAGES: usize = 16;

/// Block size and class of a layout; `None` when larger than the largest class or aligned beyond
/// a page (blocks up to a page are aligned to their size, larger ones to a page).
fn class(layout: Layout) -> Option<(usize, usize)> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout.size().max(layout.align()).max(MIN).checked_next_power_of_two()?;
    let k = (size.trailing_zeros() - MIN.trailing_zeros()) as usize;
    (k < CLASSES).then_some((size, k))
}

/// The allocator's state: a free list per class and the unused tail of the grown memory.
pub struct Heap {
    free: [*mut u8; CLASSES],
    next: usize,
    end: usize,
    /// Pages grown so far.
    pages: usize,
    /// Grows memory by `pages`; returns the address where the new pages start.
    grow: fn(usize) -> Option<usize>,
}

impl Heap {
    pub const fn new(grow: fn(usize) -> Option<usize>) -> Heap {
        Heap { free: [null_mut(); CLASSES], next: 0, end: 0, pages: 0, grow }
    }

    /// # Safety
    /// `grow` must hand out memory nobody else uses.
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some((size, k)) = class(layout) else { return null_mut() };
        let Some(head) = self.free.get_mut(k) else { return null_mut() };
        if !head.is_null() {
            let block = *head;
            *head = *block.cast::<*mut u8>();
            return block;
        }
        self.carve(size)
    }

    /// # Safety
    /// `block` came from `alloc` with this `layout` and is not used any more.
    pub unsafe fn dealloc(&mut self, block: *mut u8, layout: Layout) {
        if let Some((_, k)) = class(layout) {
            self.push(block, k);
        }
    }

    /// # Safety
    /// As `dealloc`; the block keeps its first `min(old, new)` bytes.
    pub unsafe fn realloc(&mut self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else { return null_mut() };
        if class(new).map(|c| c.1) == class(layout).map(|c| c.1) {
            return block;
        }
        let moved = self.alloc(new);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
            self.dealloc(block, layout);
        }
        moved
    }

    unsafe fn push(&mut self, block: *mut u8, k: usize) {
        if let Some(head) = self.free.get_mut(k) {
            *block.cast::<*mut u8>() = *head;
            *head = block;
        }
    }

    /// A fresh block of `size` from the tail, aligned to `min(size, PAGE)`; the bytes skipped to
    /// align it go to the free lists as the aligned blocks they split into.
    unsafe fn carve(&mut self, size: usize) -> *mut u8 {
        let align = size.min(PAGE);
        loop {
            let start = (self.next + align - 1) & !(align - 1);
            if start >= self.next && start.checked_add(size).is_some_and(|e| e <= self.end) {
                self.give_back(self.next, start);
                self.next = start + size;
                return start as *mut u8;
            }
            let need = (size + align).div_ceil(PAGE);
            let pages = need.max(GROW_PAGES).max(self.pages / 2);
            let (pages, at) = match (self.grow)(pages) {
                Some(at) => (pages, at),
                // Near the limit: only what this block needs.
                None => match (self.grow)(need) {
                    Some(at) => (need, at),
                    None => return null_mut(),
                },
            };
            self.pages += pages;
            if at != self.end {
                // Not contiguous (first growth): the old tail is given back, the new one starts here.
                self.give_back(self.next, self.end);
                self.next = at;
            }
            self.end = at + pages * PAGE;
        }
    }

    /// Puts `[from, to)` (multiples of `MIN`) on the free lists as naturally aligned blocks.
    unsafe fn give_back(&mut self, mut from: usize, to: usize) {
        while from < to {
            let mut piece = from & from.wrapping_neg();
            while piece > to - from || piece > MAX_BLOCK {
                piece >>= 1;
            }
            if piece < MIN {
                return;
            }
            self.push(from as *mut u8, (piece.trailing_zeros() - MIN.trailing_zeros()) as usize);
            from += piece;
        }
    }
}

/// The global allocator of the wasm module.
pub struct SizeClasses(UnsafeCell<Heap>);

// The wasm module has one thread (built without the `atomics` target feature).
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new(grow: fn(usize) -> Option<usize>) -> SizeClasses {
        SizeClasses(UnsafeCell::new(Heap::new(grow)))
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).alloc(layout)
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        (*self.0.get()).dealloc(block, layout)
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        (*self.0.get()).realloc(block, layout, new_size)
    }
}

/// `memory.grow` of the module's memory 0.
#[cfg(target_arch = "wasm32")]
pub fn grow_memory(pages: usize) -> Option<usize> {
    match core::arch::wasm32::memory_grow(0, pages) {
        usize::MAX => None,
        old => Some(old * PAGE),
    }
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: SizeClasses = SizeClasses::new(grow_memory);

#[cfg(test)]
mod tests;
