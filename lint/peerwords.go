package lint

import "bytes"

// peerWords are the tool names a peer ignore comment starts with.
var peerWords = [][]byte{[]byte("tfsec"), []byte("trivy"), []byte("checkov")}

// MentionsPeerTool says whether src holds "tfsec:", "trivy:" or "checkov:"
// in any case (TfSec:, TRIVY:): the cheap test before a file is read for
// peer ignore comments, whose syntax takes any case too. It allocates
// nothing.
func MentionsPeerTool(src []byte) bool {
	for i := 0; i < len(src); {
		j := bytes.IndexByte(src[i:], ':')
		if j < 0 {
			return false
		}
		at := i + j
		for _, w := range peerWords {
			if at >= len(w) && bytes.EqualFold(src[at-len(w):at], w) {
				return true
			}
		}
		i = at + 1
	}
	return false
}
