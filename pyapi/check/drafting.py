"""stub"""

def check(draft):
    return []
