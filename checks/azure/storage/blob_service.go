package storage

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// verdict is what one place says about a setting.
type verdict int

const (
	good verdict = iota
	bad
	open // unknown: nothing can be concluded
)

// blobRule returns a Run that judges a blob service setting (blobSetting)
// on every account that holds blobs, except patches and those skip leaves
// out.
func blobRule(skip func(arm.View) bool, rm func(bp *lint.Block) (lint.Subject, verdict), prop, msgBad, msgNone string) func(*lint.Pass) {
	return func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if v.Patch || !holdsBlobs(v) || skip(v) {
				continue
			}
			blobSetting(p, v, rm, prop, msgBad, msgNone)
		}
	}
}

// blobSetting judges a setting of the account's blob service, which azurerm
// writes in the inline blob_properties block (rm judges it when the block is
// there) and ARM in the blobServices child, through the boolean property
// prop that must be true (false when absent). Children of either form of
// the account count. It reports the first place that sets it wrong, else
// the account when nothing sets it; nothing when some place sets it right
// or cannot be read.
func blobSetting(p *lint.Pass, v arm.View, rm func(bp *lint.Block) (lint.Subject, verdict), prop, msgBad, msgNone string) {
	var wrong []lint.Subject
	if !v.ARM {
		if bp := v.R.Block("blob_properties"); bp.Exists() {
			at, verd := rm(bp)
			switch verd {
			case good, open:
				return
			case bad:
				wrong = append(wrong, at)
			}
		}
	}
	kids, certain := Account.Children(p.Module, v, BlobService, "")
	for _, k := range kids {
		a := k.Attr("", prop)
		on, ok := a.BoolOr(false)
		switch {
		case !ok || on:
			return
		case a.Null() && k.Patch:
		default:
			wrong = append(wrong, a)
		}
	}
	switch {
	case len(wrong) > 0:
		p.Reportf(wrong[0], msgBad, v.R.Address)
	case certain:
		p.Reportf(v.R, msgNone, v.R.Address)
	}
}
