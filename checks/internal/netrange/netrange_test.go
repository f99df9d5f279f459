package netrange

import "testing"

func TestPorts(t *testing.T) {
	for _, c := range []struct {
		p                Ports
		whole, covers22  bool
		text, adminNames string
	}{
		{Ports{All: true}, true, true, "all ports", "all ports"},
		{Ports{From: 0, To: 65535}, true, true, "ports 0-65535", "ports 0-65535, including 22 (SSH), 23 (Telnet), 2375 (Docker API), 2376 (Docker API), 3389 (RDP), 5900 (VNC), 5985 (WinRM), 5986 (WinRM)"},
		{Ports{From: 1, To: 65535}, true, true, "ports 1-65535", "ports 1-65535, including 22 (SSH), 23 (Telnet), 2375 (Docker API), 2376 (Docker API), 3389 (RDP), 5900 (VNC), 5985 (WinRM), 5986 (WinRM)"},
		{Ports{From: 2, To: 65535}, false, true, "ports 2-65535", "ports 2-65535, including 22 (SSH), 23 (Telnet), 2375 (Docker API), 2376 (Docker API), 3389 (RDP), 5900 (VNC), 5985 (WinRM), 5986 (WinRM)"},
		{Ports{From: 22, To: 22}, false, true, "port 22", "port 22 (SSH)"},
		{Ports{From: 21, To: 23}, false, true, "ports 21-23", "ports 21-23, including 22 (SSH), 23 (Telnet)"},
		{Ports{From: 23, To: 80}, false, false, "ports 23-80", "ports 23-80, including 23 (Telnet)"},
		{Ports{From: 443, To: 443}, false, false, "port 443", "port 443"},
	} {
		if got := c.p.Whole(); got != c.whole {
			t.Errorf("%+v Whole = %v", c.p, got)
		}
		if got := c.p.Covers(22); got != c.covers22 {
			t.Errorf("%+v Covers(22) = %v", c.p, got)
		}
		if got := c.p.Text(); got != c.text {
			t.Errorf("%+v Text = %q", c.p, got)
		}
		if got := c.p.Describe(Admin); got != c.adminNames {
			t.Errorf("%+v Describe = %q", c.p, got)
		}
	}
}
